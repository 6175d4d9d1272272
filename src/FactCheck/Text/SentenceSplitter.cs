using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Text;

/// <summary>Default <see cref="ISentenceSplitter"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public SentenceSplitter(ILogger<SentenceSplitter>? logger = null)
    {
        _logger = logger ?? NullLogger<SentenceSplitter>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextSpan> regions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(regions);
        return regions.Select((r, i) => new Sentence(i, r.Start, r.End, r.Slice(text))).ToArray();
    }
}
