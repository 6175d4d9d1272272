using FactCheck.Alignment;
using FactCheck.Conflicts;
using FactCheck.Entities;

namespace FactCheck.Reporting;

/// <summary>Lookups and orderings the Markdown and HTML renderers share, so both present the same thing.</summary>
internal sealed class ReportView
{
    private readonly Dictionary<string, ReportDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _entityNames = new(StringComparer.Ordinal);
    private readonly (string Id, string Outlet)[] _labelled;
    private readonly Dictionary<string, int> _documentIndex = new(StringComparer.Ordinal);

    public ReportView(ConsistencyReport report)
    {
        Report = report;
        foreach (var d in report.Documents)
        {
            _documents.TryAdd(d.Id, d);
            _documentIndex.TryAdd(d.Id, _documentIndex.Count);
        }

        foreach (var e in report.Entities)
        {
            _entityNames.TryAdd(e.Id, e.Name);
        }

        // Longest id first, so an id that is a prefix of another is not replaced inside it.
        _labelled = [.. report.Documents.Where(d => !string.IsNullOrWhiteSpace(d.Outlet)).Select(d => (d.Id, Outlet: d.Outlet!))
            .OrderByDescending(d => d.Id.Length).ThenBy(d => d.Id, StringComparer.Ordinal)];
        Kinds = [.. Enum.GetValues<FindingKind>().Where(k => report.Findings.Any(f => f.Kind == k))];
        Facts = [.. report.Facts.OrderBy(f => FactRank(f.Status)).ThenByDescending(f => f.StatedIn.Count).ThenBy(f => f.Id, StringComparer.Ordinal)];
        StanceRows = [.. report.Stances
            .GroupBy(s => (s.Entity, s.Demand))
            .Select(g => new StanceRow(g.Key.Entity, EntityName(g.Key.Entity), g.Key.Demand, [.. g.OrderBy(s => s.Document, StringComparer.Ordinal)]))
            .OrderBy(r => r.EntityName, StringComparer.Ordinal)
            .ThenBy(r => r.Entity, StringComparer.Ordinal)
            .ThenBy(r => r.Demand, StringComparer.Ordinal)];
        Entities = [.. report.Entities
            .OrderBy(e => e.Type)
            .ThenByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    public ConsistencyReport Report { get; }

    /// <summary>
    /// One fact's cells, a cell per document in report order: its evidence there, and whether the document was
    /// found to omit the fact. Evidence and omissions are indexed once per fact, not once per cell.
    /// </summary>
    public IEnumerable<(ReportDocument Document, IReadOnlyList<Evidence> Evidence, bool Omitted)> CellsOf(AlignedFact fact)
    {
        var byDocument = fact.Evidence.ToLookup(e => e.Document, StringComparer.Ordinal);
        var omitted = fact.OmittedBy.ToHashSet(StringComparer.Ordinal);
        foreach (var d in Report.Documents)
        {
            yield return (d, [.. byDocument[d.Id]], omitted.Contains(d.Id));
        }
    }

    /// <summary>"4 articles · 13 entities · 1 aligned fact · 7 findings", singular where a count is one.</summary>
    public static string Headline(ConsistencyReport report) =>
        $"{Counted(report.Documents.Count, "article")} · {Counted(report.Entities.Count, "entity", "entities")} · " +
        $"{Counted(report.Facts.Count, "aligned fact")} · {Counted(report.Findings.Count, "finding")}";

    /// <summary>A count with its noun, singular for one.</summary>
    public static string Counted(int n, string noun, string? plural = null) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : plural ?? noun + "s");

    /// <summary>Kinds that have at least one finding, in schema order.</summary>
    public IReadOnlyList<FindingKind> Kinds { get; }

    /// <summary>Facts, the most interesting status first.</summary>
    public IReadOnlyList<AlignedFact> Facts { get; }

    /// <summary>One row per (entity, demand) of the stance matrix.</summary>
    public IReadOnlyList<StanceRow> StanceRows { get; }

    /// <summary>Entities by type, then most mentioned first.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    public static IReadOnlyList<Severity> Severities { get; } = [Severity.Contradiction, Severity.Difference, Severity.Note];

    public int Count(FindingKind kind, Severity severity) =>
        Report.Findings.Count(f => f.Kind == kind && f.Severity == severity);

    public int Count(Severity severity) => Report.Findings.Count(f => f.Severity == severity);

    public string EntityName(string id) => _entityNames.GetValueOrDefault(id, id);

    /// <summary>Every document warning as "label: warning", in document order.</summary>
    public IReadOnlyList<string> WarningLines() =>
        [.. Report.Documents.SelectMany(d => d.Warnings.Select(w => DocumentLabel(d.Id) + ": " + w))];

    /// <summary>The outlet when known, else the document id.</summary>
    public string DocumentLabel(string id) =>
        _documents.TryGetValue(id, out var d) && !string.IsNullOrWhiteSpace(d.Outlet) ? d.Outlet! : id;

    /// <summary>
    /// A summary with every document id in it replaced by the document's outlet, when known: the pipeline writes
    /// ids ("(001_89...)"), a reader wants "(Deutsche Welle)".
    /// </summary>
    public string Describe(string summary)
    {
        foreach (var d in _labelled)
        {
            if (summary.Contains(d.Id, StringComparison.Ordinal))
            {
                summary = summary.Replace(d.Id, d.Outlet, StringComparison.Ordinal);
            }
        }

        return summary;
    }

    public string? DocumentText(string id) => _documents.TryGetValue(id, out var d) ? d.Text : null;

    public EvidenceContext Context(Evidence evidence) =>
        // Offsets that do not index the text (e.g. a hand-built report) fall back to the evidence alone.
        EvidenceContext.Of(evidence, Locates(evidence) ? DocumentText(evidence.Document) : null);

    /// <summary>Whether the evidence's offsets index its document's text and cut out exactly its text.</summary>
    public bool Locates(Evidence evidence)
    {
        var text = DocumentText(evidence.Document);
        return text is not null && evidence.Start >= 0 && evidence.End <= text.Length && evidence.Start <= evidence.End
            && string.Equals(text[evidence.Start..evidence.End], evidence.Text, StringComparison.Ordinal);
    }

    /// <summary>The HTML id of a document's full-text view: "doc-" and its position in the report.</summary>
    public string DocumentAnchor(string id) =>
        "doc-" + _documentIndex.GetValueOrDefault(id, -1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The HTML id of the evidence's span in its document's full-text view ("t" + document position + offsets),
    /// or null when the offsets do not locate it in the text (then there is nothing to link to).
    /// </summary>
    public string? SpanAnchor(Evidence evidence) =>
        Locates(evidence)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"t{_documentIndex[evidence.Document]}-{evidence.Start}-{evidence.End}")
            : null;

    public static string Name(FindingKind kind) => kind switch
    {
        FindingKind.Spelling => "spelling",
        FindingKind.Date => "date",
        FindingKind.Number => "number",
        FindingKind.QuoteWording => "quote-wording",
        FindingKind.Attribution => "attribution",
        FindingKind.RoleTitle => "role-title",
        FindingKind.Characterization => "characterization",
        FindingKind.StanceCoverage => "stance-coverage",
        FindingKind.PublicationDate => "publication-date",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Name(Severity severity) => severity switch
    {
        Severity.Contradiction => "contradiction",
        Severity.Difference => "difference",
        _ => "note",
    };

    public static string Name(FactStatus status) => status switch
    {
        FactStatus.Agreed => "agreed",
        FactStatus.Complementary => "complementary",
        FactStatus.SingleSource => "single-source",
        FactStatus.Differing => "differing",
        _ => "contradicting",
    };

    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };

    public static string Name(Ingestion.PublishedBasis basis) => basis switch
    {
        Ingestion.PublishedBasis.Metadata => "metadata",
        Ingestion.PublishedBasis.Dateline => "dateline",
        Ingestion.PublishedBasis.Inferred => "inferred",
        _ => "none",
    };

    private static int FactRank(FactStatus status) => status switch
    {
        FactStatus.Contradicting => 0,
        FactStatus.Differing => 1,
        FactStatus.Complementary => 2,
        FactStatus.Agreed => 3,
        _ => 4,
    };
}

/// <summary>A row of the stance matrix: one entity's one demand, with the documents that report it.</summary>
internal sealed record StanceRow(string Entity, string EntityName, string Demand, IReadOnlyList<Stance> Cells)
{
    public Stance? In(string document) => Cells.FirstOrDefault(s => string.Equals(s.Document, document, StringComparison.Ordinal));
}
