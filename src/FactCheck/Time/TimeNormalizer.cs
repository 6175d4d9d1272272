using FactCheck.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Time;

/// <summary>Default <see cref="ITimeNormalizer"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class TimeNormalizer : ITimeNormalizer
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public TimeNormalizer(ILogger<TimeNormalizer>? logger = null)
    {
        _logger = logger ?? NullLogger<TimeNormalizer>.Instance;
    }

    /// <inheritdoc />
    public TimeAnalysis Normalize(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var perDoc = documents.Select(d => new DocumentTime(
            d.Source.Published is { } p ? new PublicationDate(p, PublishedBasis.Metadata, false) : PublicationDate.Unknown,
            [])).ToArray();
        return new TimeAnalysis(perDoc, []);
    }
}
