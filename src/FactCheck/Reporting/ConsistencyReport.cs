using FactCheck.Alignment;
using FactCheck.Conflicts;
using FactCheck.Entities;
using FactCheck.Ingestion;

namespace FactCheck.Reporting;

/// <summary>A time expression as it appears in the report.</summary>
/// <param name="Text">The expression as written.</param>
/// <param name="Start">Offset of the expression.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="Value">Its TIMEX3-style value.</param>
public sealed record ReportTimeExpression(string Text, int Start, int End, string Value)
{
    /// <summary>Its TIMEX3 type (date, time, duration or set); by default the type its value implies.</summary>
    public FactCheck.Time.TimeExpressionType Type { get; init; } = FactCheck.Time.TimeExpressionTypes.FromValue(Value);
}

/// <summary>A document as it appears in the report.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Outlet">The outlet, or null.</param>
/// <param name="Published">The anchor date as <c>YYYY-MM-DD</c>, or null.</param>
/// <param name="PublishedBasis">Where the date comes from.</param>
/// <param name="PublishedDoubted">Whether a supplied date was doubted.</param>
/// <param name="TimeExpressions">The document's time expressions.</param>
public sealed record ReportDocument(
    string Id,
    string? Outlet,
    string? Published,
    PublishedBasis PublishedBasis,
    bool PublishedDoubted,
    IReadOnlyList<ReportTimeExpression> TimeExpressions)
{
    /// <summary>The title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>Lines kept as reporting.</summary>
    public int KeptLines { get; init; }

    /// <summary>Lines dropped as site chrome.</summary>
    public int DroppedLines { get; init; }

    /// <summary>Number of sentences found in the kept text.</summary>
    public int SentenceCount { get; init; }

    /// <summary>Number of quotations found.</summary>
    public int QuoteCount { get; init; }

    /// <summary>
    /// The document's original text (all offsets index it), so that renderers can show evidence in context;
    /// null when the report was built without it. Not part of the JSON contract.
    /// </summary>
    public string? Text { get; init; }
}

/// <summary>
/// The result of checking a cluster of articles: documents, entities, aligned facts, findings and the
/// stance matrix. Immutable; its JSON form is the contract documented in <c>docs/report-schema.md</c>.
/// </summary>
/// <param name="SchemaVersion">The JSON schema version (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="Documents">The documents, ordered by id.</param>
/// <param name="Entities">The resolved entities, ordered by id.</param>
/// <param name="Facts">The aligned facts.</param>
/// <param name="Findings">The findings, most severe first.</param>
/// <param name="Stances">Who demanded what in which document.</param>
public sealed record ConsistencyReport(
    int SchemaVersion,
    IReadOnlyList<ReportDocument> Documents,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<AlignedFact> Facts,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Stance> Stances)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;
}
