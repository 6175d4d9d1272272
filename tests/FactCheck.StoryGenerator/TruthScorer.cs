using FactCheck.Reporting;

namespace FactCheck.StoryGenerator;

/// <summary>How a report compares with a story's recorded truth.</summary>
/// <param name="Expected">Injected discrepancies.</param>
/// <param name="Found">Injected discrepancies the report found.</param>
/// <param name="Reported">Findings in the report.</param>
/// <param name="TruePositives">Reported findings that match an injected discrepancy.</param>
/// <param name="NonConflictViolations">Reported findings that flag a recorded look-alike as a discrepancy.</param>
/// <param name="Missed">The injected discrepancies not found.</param>
public sealed record TruthScore(int Expected, int Found, int Reported, int TruePositives, int NonConflictViolations, IReadOnlyList<ExpectedFinding> Missed)
{
    /// <summary>Found / expected (1 when nothing was expected).</summary>
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    /// <summary>True positives / reported (1 when nothing was reported).</summary>
    public double Precision => Reported == 0 ? 1 : (double)TruePositives / Reported;
}

/// <summary>Scores a report against a generated story's truth.</summary>
public static class TruthScorer
{
    /// <summary>
    /// An injected discrepancy counts as found when a finding of its kind has evidence from one of its odd
    /// documents. A finding counts as a true positive when it matches an injected discrepancy that way.
    /// Kind-and-document matching is deliberately lenient: the wording of summaries is the stages' business.
    /// </summary>
    public static TruthScore Score(ConsistencyReport report, GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(truth);
        var missed = new List<ExpectedFinding>();
        var found = 0;
        foreach (var e in truth.Findings)
        {
            if (report.Findings.Any(f => Matches(f, e)))
            {
                found++;
            }
            else
            {
                missed.Add(e);
            }
        }

        var tp = report.Findings.Count(f => truth.Findings.Any(e => Matches(f, e)));
        var violations = report.Findings.Count(f => truth.NonConflicts.Any(n => Violates(f, n)) && !truth.Findings.Any(e => Matches(f, e)));
        return new TruthScore(truth.Findings.Count, found, report.Findings.Count, tp, violations, missed);
    }

    private static bool Matches(Finding f, ExpectedFinding e) =>
        f.Kind == e.Kind && f.Evidence.Any(ev => e.OddDocuments.Contains(ev.Document, StringComparer.Ordinal));

    private static bool Violates(Finding f, ExpectedNonConflict n) =>
        f.Kind == n.Kind && n.Values.Count(v => f.Evidence.Any(ev =>
            ev.Text.Contains(v, StringComparison.OrdinalIgnoreCase) || (ev.Value?.Contains(v, StringComparison.OrdinalIgnoreCase) ?? false))) >= Math.Min(2, n.Values.Count);
}
