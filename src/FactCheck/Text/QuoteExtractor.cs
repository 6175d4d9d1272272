using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Text;

/// <summary>Default <see cref="IQuoteExtractor"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public QuoteExtractor(ILogger<QuoteExtractor>? logger = null)
    {
        _logger = logger ?? NullLogger<QuoteExtractor>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<Quotation> Extract(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
