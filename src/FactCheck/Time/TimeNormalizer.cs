using FactCheck.Ingestion;
using FactCheck.Languages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Time;

/// <summary>
/// Default <see cref="ITimeNormalizer"/>: recognizes each document's time expressions, decides its publication
/// date (metadata, else dateline, else inferred from the cluster and the text; a date the text contradicts is
/// doubted and reported) and normalizes the expressions against it. Stateless and thread-safe; the result does
/// not depend on the order of the documents.
/// </summary>
public sealed partial class TimeNormalizer : ITimeNormalizer
{
    private readonly ILogger _logger;
    private readonly TimeLexicon _lexicon;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public TimeNormalizer(ILogger<TimeNormalizer>? logger = null, LanguagePack? language = null)
    {
        _logger = logger ?? NullLogger<TimeNormalizer>.Instance;
        _lexicon = TimeLexicon.For(language ?? LanguagePack.English);
    }

    /// <inheritdoc />
    public TimeAnalysis Normalize(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var profiles = new PublicationDateResolver.Profile[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            _ = documents[i] ?? throw new ArgumentException("The document list contains null.", nameof(documents));
        }

        // Per-document scanning and anchoring run in parallel; results land by index, so the order is fixed.
        var po = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, documents.Count, po, i => profiles[i] = new PublicationDateResolver.Profile(documents[i], TimeExpressionRecognizer.Mentions(documents[i], _lexicon)));

        var decisions = PublicationDateResolver.Decide(profiles, cancellationToken);
        var perDoc = new DocumentTime[documents.Count];
        Parallel.For(0, documents.Count, po, i =>
        {
            var doc = documents[i];
            var pub = decisions[i].Publication;
            perDoc[i] = new DocumentTime(pub, TimeExpressionRecognizer.Resolve(doc.Id, doc.Text, profiles[i].Mentions, pub.Value));
        });

        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var pub = decisions[i].Publication;
            if (pub.Doubted)
            {
                LogDoubted(_logger, doc.Id, new IsoDate(doc.Source.Published ?? doc.Source.DatelineCandidate?.Value), new IsoDate(pub.Value));
            }
            else if (pub.Basis == PublishedBasis.Inferred)
            {
                LogInferred(_logger, doc.Id, new IsoDate(pub.Value));
            }
        }

        var findings = decisions.Select(d => d.Finding).OfType<Finding>()
            .OrderBy(f => f.Evidence.Count > 0 ? f.Evidence[0].Document : string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
        return new TimeAnalysis(perDoc, findings);
    }

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Publication date {Supplied} of {DocumentId} is contradicted by its text and the cluster; anchoring on {Anchor}")]
    private static partial void LogDoubted(ILogger logger, string documentId, IsoDate supplied, IsoDate anchor);

    [LoggerMessage(EventId = 402, Level = LogLevel.Debug, Message = "Publication date of {DocumentId} inferred as {Anchor}")]
    private static partial void LogInferred(ILogger logger, string documentId, IsoDate anchor);

    /// <summary>A date in a log message, written yyyy-MM-dd (the logger would format a DateOnly the US way).</summary>
    internal readonly record struct IsoDate(DateOnly? Value)
    {
        public override string ToString() => Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "(none)";
    }
}
