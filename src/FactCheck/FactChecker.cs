using System.Globalization;
using FactCheck.Claims;
using FactCheck.Conflicts;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck;

/// <summary>
/// Checks a cluster of articles about one story. Built by <see cref="FactCheckerBuilder"/>; immutable and
/// safe to use from many threads at once. The same articles in any order give the same report.
/// </summary>
public sealed partial class FactChecker
{
    private readonly PipelineStages _stages;
    private readonly FactCheckOptions _options;
    private readonly ILogger _logger;

    internal FactChecker(PipelineStages stages, FactCheckOptions options, ILogger<FactChecker>? logger)
    {
        _stages = stages;
        _options = options;
        _logger = logger ?? NullLogger<FactChecker>.Instance;
    }

    /// <summary>A checker with every default stage and option.</summary>
    public static FactChecker CreateDefault() => new FactCheckerBuilder().Build();

    /// <summary>Checks the documents and reports where they agree, differ and contradict each other.</summary>
    /// <param name="documents">The articles (at least one; ids must be unique).</param>
    /// <param name="cancellationToken">Stops the check; nothing partial is returned.</param>
    /// <exception cref="FactCheckInputException">No documents, duplicate ids, empty text, or a limit exceeded.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public ConsistencyReport Check(IEnumerable<SourceDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var (sources, names) = DocumentNames.Canonicalize(Validate(documents));
        LogCheckStarted(_logger, sources.Length);

        var lines = _stages.Boilerplate.Clean(sources, cancellationToken);
        var docs = new AnalyzedDocument[sources.Length];
        ForEachDocument(docs.Length, i =>
        {
            var doc = new AnalyzedDocument(sources[i]) { Lines = lines[i] };
            var regions = doc.Lines.Where(l => l.Kept && l.End > l.Start).Select(l => new TextSpan(l.Start, l.End)).ToArray();
            doc = doc with { Regions = regions };
            doc = doc with { Sentences = _stages.Sentences.Split(doc.Text, regions) };
            doc = doc with { Mentions = _stages.Recognizer.Recognize(doc) };
            docs[i] = doc with { Quotes = _stages.Quotes.Extract(doc) };
        }, cancellationToken);

        var time = _stages.Time.Normalize(docs, cancellationToken);
        for (var i = 0; i < docs.Length; i++)
        {
            docs[i] = docs[i] with { Time = time.Documents[i] };
        }

        var entities = _stages.Resolver.Resolve(docs, cancellationToken);
        var claimsPerDoc = new IReadOnlyList<Claim>[docs.Length];
        ForEachDocument(docs.Length, i => claimsPerDoc[i] = _stages.Claims.Extract(docs[i], entities), cancellationToken);
        for (var i = 0; i < docs.Length; i++)
        {
            docs[i] = docs[i] with { Claims = claimsPerDoc[i] };
        }

        var claims = claimsPerDoc.SelectMany(c => c).ToArray();
        var facts = _stages.Aligner.Align(claims, docs, entities, cancellationToken);
        var conflicts = _stages.Conflicts.Detect(new ConflictContext(docs, entities, claims, facts), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var findings = entities.Findings.Concat(time.Findings).Concat(conflicts.Findings)
            .Where(_options.Reports)
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
        var report = new ConsistencyReport(
            ConsistencyReport.CurrentSchemaVersion,
            docs.Select(ToReportDocument).ToArray(),
            entities.Entities,
            conflicts.Facts,
            findings,
            conflicts.Stances);
        report = names.Restore(report);
        LogCheckFinished(_logger, sources.Length, report.Entities.Count, report.Facts.Count, report.Findings.Count);
        return report;
    }

    /// <summary>Runs <see cref="Check"/> on the thread pool.</summary>
    public Task<ConsistencyReport> CheckAsync(IEnumerable<SourceDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Task.Run(() => Check(documents, cancellationToken), cancellationToken);
    }

    private SourceDocument[] Validate(IEnumerable<SourceDocument> documents)
    {
        var list = new List<SourceDocument>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            if (d is null)
            {
                throw new FactCheckInputException($"Document #{list.Count + 1} is null.");
            }

            if (list.Count >= _options.MaxDocuments)
            {
                throw new FactCheckInputException(
                    string.Create(CultureInfo.InvariantCulture, $"More than {_options.MaxDocuments} documents were supplied (FactCheckOptions.MaxDocuments)."));
            }

            if (!ids.Add(d.Id))
            {
                throw new FactCheckInputException($"Two documents have the id '{d.Id}'; ids must be unique.", d.Id, d.SourcePath);
            }

            if (string.IsNullOrWhiteSpace(d.Text))
            {
                throw new FactCheckInputException($"Document '{d.Id}' has no text.", d.Id, d.SourcePath);
            }

            if (d.Text.Length > _options.MaxDocumentLength)
            {
                throw new FactCheckInputException(
                    string.Create(CultureInfo.InvariantCulture, $"Document '{d.Id}' has {d.Text.Length} characters, more than the limit of {_options.MaxDocumentLength} (FactCheckOptions.MaxDocumentLength)."),
                    d.Id,
                    d.SourcePath);
            }

            list.Add(d);
        }

        if (list.Count == 0)
        {
            throw new FactCheckInputException("No documents were supplied; a check needs at least one article.");
        }

        // DocumentNames.Canonicalize then orders and names the documents by content: neither input order nor ids change the report.
        return [.. list];
    }

    private void ForEachDocument(int count, Action<int> body, CancellationToken cancellationToken)
    {
        var po = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism };
        try
        {
            Parallel.For(0, count, po, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count >= 1)
        {
            // Surface the stage's own exception (deterministically the first), not the parallel wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>The warning of a document whose every line was dropped: it is reported, never lost silently.</summary>
    internal const string NoTextLeft = "no article text left after removing site chrome: every line was dropped, so nothing of this article was checked";

    private static ReportDocument ToReportDocument(AnalyzedDocument d)
    {
        var pub = d.Time.Publication;
        var outlet = Reporting.OutletInference.Infer(d);
        return new ReportDocument(
            d.Id,
            outlet.Outlet,
            pub.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pub.Basis,
            pub.Doubted,
            d.Time.Expressions.Select(t => new ReportTimeExpression(t.Text, t.Start, t.End, t.Value) { Type = t.Type }).ToArray())
        {
            Title = d.Source.Title ?? Reporting.OutletInference.Headline(d),
            OutletBasis = outlet.Basis,
            KeptLines = d.Lines.Count(l => l.Kept),
            DroppedLines = d.Lines.Count(l => !l.Kept && l.End > l.Start),
            SentenceCount = d.Sentences.Count,
            QuoteCount = d.Quotes.Count,
            Warnings = d.Lines.Any(l => l.Kept) ? [] : [NoTextLeft],
            Text = d.Text,
        };
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Checking {DocumentCount} documents")]
    private static partial void LogCheckStarted(ILogger logger, int documentCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Checked {DocumentCount} documents: {EntityCount} entities, {FactCount} facts, {FindingCount} findings")]
    private static partial void LogCheckFinished(ILogger logger, int documentCount, int entityCount, int factCount, int findingCount);
}
