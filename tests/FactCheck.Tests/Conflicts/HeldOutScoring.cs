using System.Globalization;
using System.Text;
using FactCheck.Ingestion;
using FactCheck.Reporting;

namespace FactCheck.Tests.Conflicts;

/// <summary>A labelled real conflict of a held-out cluster.</summary>
/// <param name="Kinds">Kinds that report it correctly (usually one).</param>
/// <param name="Severities">Severities that are right for it.</param>
/// <param name="Subject">What it is about, for the printout.</param>
/// <param name="OddDocuments">Documents a finding must cite (at least one of them).</param>
/// <param name="Anchors">Words one of which a matching finding shows in its summary or evidence.</param>
internal sealed record LabelledConflict(
    IReadOnlyList<FindingKind> Kinds,
    IReadOnlyList<Severity> Severities,
    string Subject,
    IReadOnlyList<string> OddDocuments,
    IReadOnlyList<string> Anchors);

/// <summary>A look-alike that must not be reported as a contradiction.</summary>
internal sealed record LabelledNonConflict(FindingKind Kind, string Subject, IReadOnlyList<string> Documents, IReadOnlyList<string> Values, string Why);

/// <summary>The score of one cluster (or the sum of several).</summary>
internal sealed record ClusterScore(string Name, int Labelled, int Found, int Contradictions, int TrueContradictions, int LookAlikeViolations, IReadOnlyList<string> Missed, IReadOnlyList<string> FalseContradictions)
{
    public double Recall => Labelled == 0 ? 1 : (double)Found / Labelled;

    public double ContradictionPrecision => Contradictions == 0 ? 1 : (double)TrueContradictions / Contradictions;

    public static ClusterScore Sum(string name, IReadOnlyList<ClusterScore> parts) => new(
        name,
        parts.Sum(p => p.Labelled),
        parts.Sum(p => p.Found),
        parts.Sum(p => p.Contradictions),
        parts.Sum(p => p.TrueContradictions),
        parts.Sum(p => p.LookAlikeViolations),
        parts.SelectMany(p => p.Missed).ToList(),
        parts.SelectMany(p => p.FalseContradictions).ToList());
}

/// <summary>
/// Reads the hand-written held-out clusters (Fixtures/Conflicts/HeldOut/&lt;cluster&gt;/*.txt + truth.tsv) and
/// scores a report against them: recall of labelled conflicts, precision of reported contradictions.
/// </summary>
internal static class HeldOutScoring
{
    private static readonly Dictionary<string, FindingKind> Kinds = new(StringComparer.Ordinal)
    {
        ["spelling"] = FindingKind.Spelling,
        ["date"] = FindingKind.Date,
        ["number"] = FindingKind.Number,
        ["quote-wording"] = FindingKind.QuoteWording,
        ["attribution"] = FindingKind.Attribution,
        ["role-title"] = FindingKind.RoleTitle,
        ["characterization"] = FindingKind.Characterization,
        ["stance-coverage"] = FindingKind.StanceCoverage,
        ["publication-date"] = FindingKind.PublicationDate,
    };

    private static readonly Dictionary<string, Severity> Severities = new(StringComparer.Ordinal)
    {
        ["note"] = Severity.Note,
        ["difference"] = Severity.Difference,
        ["contradiction"] = Severity.Contradiction,
    };

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Conflicts", "HeldOut");

    /// <summary>The blind clusters: written after the tuning rounds and scored at first contact, never tuned on.</summary>
    public static string BlindRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Conflicts", "Blind");

    public static IReadOnlyList<string> Clusters(string? root = null) =>
        Directory.GetDirectories(root ?? Root).Select(Path.GetFileName).Select(n => n!).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<SourceDocument> Documents(string cluster, string? root = null) => DocumentLoader.Load(Path.Combine(root ?? Root, cluster));

    public static (IReadOnlyList<LabelledConflict> Conflicts, IReadOnlyList<LabelledNonConflict> NonConflicts) Truth(string cluster, string? root = null)
    {
        var conflicts = new List<LabelledConflict>();
        var non = new List<LabelledNonConflict>();
        foreach (var raw in File.ReadAllLines(Path.Combine(root ?? Root, cluster, "truth.tsv")))
        {
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var f = raw.Split('\t');
            if (f[0] == "finding")
            {
                conflicts.Add(new LabelledConflict(
                    Split(f[1]).Select(k => Kinds[k]).ToList(),
                    Split(f[2]).Select(s => Severities[s]).ToList(),
                    f[3],
                    Split(f[4]),
                    Split(f[5])));
            }
            else if (f[0] == "nonconflict")
            {
                non.Add(new LabelledNonConflict(Kinds[f[1]], f[2], Split(f[3]), Split(f[4]), f[5]));
            }
            else
            {
                throw new InvalidDataException($"{cluster}/truth.tsv: unknown row '{f[0]}'.");
            }
        }

        return (conflicts, non);
    }

    public static ClusterScore Score(string cluster, ConsistencyReport report, string? root = null)
    {
        var (conflicts, non) = Truth(cluster, root);
        var missed = new List<string>();
        var found = 0;
        foreach (var c in conflicts)
        {
            if (report.Findings.Any(f => Matches(f, c) && c.Severities.Contains(f.Severity)))
            {
                found++;
            }
            else
            {
                var near = report.Findings.FirstOrDefault(f => Matches(f, c));
                missed.Add($"{cluster}: {Describe(c)}" + (near is null ? string.Empty : $" (reported as {near.Severity})"));
            }
        }

        var contradictions = report.Findings.Where(f => f.Severity == Severity.Contradiction).ToList();
        var truePositives = contradictions.Where(f => conflicts.Any(c => c.Severities.Contains(Severity.Contradiction) && Matches(f, c))).ToList();
        var falses = contradictions.Except(truePositives).Select(f => $"{cluster}: {f.Kind} {f.Summary}").ToList();
        var violations = contradictions.Except(truePositives).Count(f => non.Any(n => Violates(f, n)));
        return new ClusterScore(cluster, conflicts.Count, found, contradictions.Count, truePositives.Count, violations, missed, falses);
    }

    /// <summary>Sums the clusters, writes the table, the misses and the false contradictions to the test log, and returns the overall row.</summary>
    public static ClusterScore Report(IReadOnlyList<ClusterScore> scores)
    {
        var rows = scores.Append(ClusterScore.Sum("overall", scores)).ToList();
        var overall = rows[^1];
        TestContext.Out.WriteLine(Table(rows));
        foreach (var m in overall.Missed)
        {
            TestContext.Out.WriteLine("missed: " + m);
        }

        foreach (var f in overall.FalseContradictions)
        {
            TestContext.Out.WriteLine("false contradiction: " + f);
        }

        return overall;
    }

    public static string Table(IReadOnlyList<ClusterScore> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| cluster | labelled | found | recall | contradictions | true | precision | look-alike violations |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Labelled} | {r.Found} | {r.Recall:0.00} | {r.Contradictions} | {r.TrueContradictions} | {r.ContradictionPrecision:0.00} | {r.LookAlikeViolations} |"));
        }

        return sb.ToString();
    }

    private static bool Matches(Finding f, LabelledConflict c) =>
        c.Kinds.Contains(f.Kind)
        && f.Evidence.Any(e => c.OddDocuments.Contains(e.Document, StringComparer.Ordinal))
        && c.Anchors.Any(a => Shows(f, a));

    private static bool Shows(Finding f, string word) =>
        HasWord(f.Summary, word)
        || f.Evidence.Any(e => HasWord(e.Text, word) || (e.Value is { } v && HasWord(v, word)));

    /// <summary>The anchor as a whole word: "4" must not match inside "24".</summary>
    private static bool HasWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Violates(Finding f, LabelledNonConflict n) =>
        f.Kind == n.Kind
        && f.Evidence.Any(e => n.Documents.Contains(e.Document, StringComparer.Ordinal))
        && n.Values.Count(v => Shows(f, v)) >= Math.Min(2, n.Values.Count);

    private static string Describe(LabelledConflict c) =>
        $"{string.Join("|", c.Kinds)} {string.Join("|", c.Severities)} — {c.Subject}";

    private static List<string> Split(string field) => field.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
