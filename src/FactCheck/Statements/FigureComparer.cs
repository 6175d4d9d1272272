using FactCheck.Languages;
using System.Globalization;
using FactCheck.Conflicts;
using FactCheck.Rules;

namespace FactCheck.Statements;

/// <summary>How two figures linked as one quantity relate.</summary>
internal enum FigureVerdict
{
    /// <summary>Same value.</summary>
    Same,
    /// <summary>Different values that both fit, and one is a bound ("more than 500" and 560): nothing to report.</summary>
    Compatible,
    /// <summary>Different values that rounding or a hedge can reconcile, or that were reported at different times.</summary>
    Difference,
    /// <summary>Values that cannot both be true.</summary>
    Contradiction,
}

/// <summary>A link between two figures judged to state one quantity.</summary>
internal sealed record FigureLink(Statement A, Figure FigureA, Statement B, Figure FigureB, double Score, FigureVerdict Verdict);

/// <summary>
/// Rule <c>figure-same-quantity</c>: figures of compatible units and similar size, in statements of different outlets
/// whose wording around the figures is alike, state one quantity even when the sentences are worded apart. Scope cues
/// keep distinct quantities apart (a rate and a total, a plan and a measurement, a count since Sunday and a count on
/// Monday); each outlet's figure links to at most one figure of each other outlet, the best-scoring first, so two
/// quantities of one story (a release altitude and a peak altitude) do not mix. Severity follows the values' intervals
/// after hedges and rounding: disjoint exact intervals contradict; overlapping ones differ; a satisfied bound is fine.
/// </summary>
internal sealed class FigureComparer : IConflictComparer
{
    /// <summary>Minimum link score (fitted on the real-news dev clusters and the restatement fixtures).</summary>
    public const double LinkThreshold = 0.30;

    /// <summary>Largest ratio between two figures that can still be one quantity written differently.</summary>
    public const double MaxRatio = 1.45;

    /// <inheritdoc />
    public string Name => "figure-same-quantity";

    /// <inheritdoc />
    public IReadOnlyList<string> Triggers => [];

    /// <inheritdoc />
    public IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("The carrier climbed to an altitude of 48,000 feet and released the glider.||The glider was released at an altitude of about 46,000 feet.", true),
        new("Of the 175 remaining workers, 126 workers left the zone on Saturday.||On Saturday, 125 managers returned home from the zone.", true),
        new("The engine pushed the craft to an altitude of 55,000 feet.||The craft reached a maximum altitude of 56,000 feet.", true),
        new("The airline has more than 500 customers signed up.||The airline has 560 customers signed up.", false),
        new("The agency delayed 1,200 flights on Monday.||The agency delayed more than 1,200 flights on Monday.", false),
        new("The plane will fly to 50,000 feet, where the glider will separate.||The plane climbed to 48,000 feet and released the glider.", false),
        new("Since Sunday, more than 3,000 flights were delayed.||The agency delayed 1,200 flights on Monday.", false),
        new("The closure of 1,500 stalls each day.||The closures affected 15,000 stalls.", false),
        new("The bridge is 1,000 feet long.||The bridge is 305 meters long.", false),
    ];

    /// <summary>Links figures across the statements and judges each link.</summary>
    public static List<FigureLink> Link(StatementSet set, Func<string, DateOnly?> published, double threshold = LinkThreshold, bool oneToOne = true)
    {
        var candidates = set.Candidates(FigureKeys);
        var scored = new List<FigureLink>();
        foreach (var (ia, ib) in candidates)
        {
            var (a, b) = (set.All[ia], set.All[ib]);
            if (a.Figures.Count == 0 || b.Figures.Count == 0)
            {
                continue;
            }

            var sentence = -1.0;
            foreach (var fa in a.Figures)
            {
                foreach (var fb in b.Figures)
                {
                    if (!Comparable(fa, fb) || !SameScope(a.Scope(fa), b.Scope(fb)))
                    {
                        continue;
                    }

                    if (sentence < 0)
                    {
                        sentence = set.Similarity(a.StemSet, b.StemSet);
                    }

                    var score = Score(set, a, fa, b, fb, sentence);
                    if (score >= threshold)
                    {
                        scored.Add(new FigureLink(a, fa, b, fb, score, Judge(fa, fb, published(a.Document), published(b.Document))));
                    }
                }
            }
        }

        // Best first; each figure links to at most one figure of each other document.
        scored.Sort((x, y) => y.Score.CompareTo(x.Score) is var c and not 0 ? c
            : (x.A.Ordinal, x.FigureA.Start, x.B.Ordinal, x.FigureB.Start).CompareTo((y.A.Ordinal, y.FigureA.Start, y.B.Ordinal, y.FigureB.Start)));
        if (!oneToOne)
        {
            return scored;
        }

        var used = new HashSet<(string, int, string)>();
        var kept = new List<FigureLink>();
        foreach (var l in scored)
        {
            var ka = (l.A.Document, l.FigureA.Start, l.B.Document);
            var kb = (l.B.Document, l.FigureB.Start, l.A.Document);
            if (used.Contains(ka) || used.Contains(kb))
            {
                continue;
            }

            used.Add(ka);
            used.Add(kb);
            kept.Add(l);
        }

        return kept;
    }

    /// <summary>Judges two figures taken as one quantity.</summary>
    public static FigureVerdict Judge(Figure a, Figure b, DateOnly? dayA = null, DateOnly? dayB = null)
    {
        if (Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)) || Equivalent(a, b))
        {
            return FigureVerdict.Same;
        }

        var (la, ha) = a.Interval;
        var (lb, hb) = b.Interval;
        var bound = a.Bound is FigureBound.Lower or FigureBound.Upper || b.Bound is FigureBound.Lower or FigureBound.Upper;
        if (la <= hb && lb <= ha)
        {
            return bound ? FigureVerdict.Compatible : FigureVerdict.Difference;
        }

        // Bounds are loose by nature, and figures reported days apart may both have been true: a difference.
        var apart = dayA is { } x && dayB is { } y && Math.Abs(x.DayNumber - y.DayNumber) > 1;
        return bound || apart ? FigureVerdict.Difference : FigureVerdict.Contradiction;
    }

    /// <summary>Adds the findings: one per group of linked figures that differ.</summary>
    /// <inheritdoc />
    public void Compare(DetectionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Report(scope, scope.Figures.Links);
    }

    public static void Report(DetectionScope scope, List<FigureLink> links)
    {
        var differing = links.Where(l => l.Verdict is FigureVerdict.Difference or FigureVerdict.Contradiction).ToList();
        if (differing.Count == 0)
        {
            return;
        }

        // Group the differing links with the links of equal values that join them (one quantity, several outlets).
        var parent = new Dictionary<(string, int), (string, int)>();
        (string, int) Find((string, int) k)
        {
            while (parent.TryGetValue(k, out var p) && p != k)
            {
                k = p;
            }

            return k;
        }

        void Union((string, int) x, (string, int) y)
        {
            var (rx, ry) = (Find(x), Find(y));
            if (rx != ry)
            {
                if (rx.CompareTo(ry) < 0)
                {
                    parent[ry] = rx;
                }
                else
                {
                    parent[rx] = ry;
                }
            }
        }

        foreach (var l in links.Where(l => l.Verdict is not FigureVerdict.Compatible))
        {
            Union((l.A.Document, l.FigureA.Start), (l.B.Document, l.FigureB.Start));
        }

        var differingFigures = new HashSet<(string, int)>();
        foreach (var l in differing)
        {
            differingFigures.Add((l.A.Document, l.FigureA.Start));
            differingFigures.Add((l.B.Document, l.FigureB.Start));
        }

        var figures = new Dictionary<(string, int), (Statement S, Figure F)>();
        foreach (var l in links)
        {
            figures[(l.A.Document, l.FigureA.Start)] = (l.A, l.FigureA);
            figures[(l.B.Document, l.FigureB.Start)] = (l.B, l.FigureB);
        }

        foreach (var group in differing.GroupBy(l => Find((l.A.Document, l.FigureA.Start))).OrderBy(g => g.Key))
        {
            var severity = group.Any(l => l.Verdict == FigureVerdict.Contradiction) ? Severity.Contradiction : Severity.Difference;
            var members = figures.Where(kv => Find(kv.Key) == group.Key && differingFigures.Contains(kv.Key))
                .Select(kv => kv.Value).OrderBy(m => m.S.Document, StringComparer.Ordinal).ThenBy(m => m.F.Start).ToList();
            var byValue = members.GroupBy(m => m.F.Written.Trim(), StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({string.Join(", ", g.Select(m => m.S.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})");
            var text = scope.Views[members[0].S.Document].Document.Text;
            var context = Shorten(text[members[0].S.Start..members[0].S.End]);
            var why = severity == Severity.Contradiction
                ? "the values cannot both be true after rounding and hedges"
                : group.Any(l => l.FigureA.Bound != FigureBound.Exact || l.FigureB.Bound != FigureBound.Exact)
                    ? "a hedge or a bound lets both be true"
                    : "rounding or the gap between reports lets both be true";
            var confidence = Math.Round(Math.Min(0.9, 0.4 + group.Max(l => l.Score) / 2), 2);
            scope.Add(FindingKind.Number, severity, confidence,
                $"Outlets give different figures for one quantity (\u201C{context}\u201D): {DetectionScope.List(byValue)}; {why}.",
                [],
                members.Select(m => scope.Evidence(m.S.Document, m.F.Start, m.F.End, m.F.Written.Trim())),
                rule: "figure-same-quantity");
        }
    }

    /// <summary>Blocking keys of a statement's figures: dimension and a logarithmic size bin (and the next bin, so neighbours meet).</summary>
    public static IEnumerable<string> FigureKeys(Statement s)
    {
        foreach (var f in s.Figures)
        {
            if (f.Value <= 0)
            {
                continue;
            }

            var bin = (int)Math.Floor(Math.Log(f.Value) / Math.Log(MaxRatio));
            yield return string.Create(CultureInfo.InvariantCulture, $"#{f.Dimension}:{bin}");
            yield return string.Create(CultureInfo.InvariantCulture, $"#{f.Dimension}:{bin + 1}");
        }
    }

    /// <summary>A plan and a measurement, a running total and a one-day count, or different weekdays: other quantities.</summary>
    public static bool SameScope(FigureScope a, FigureScope b) =>
        a.Future == b.Future && a.Span == b.Span && (a.Weekdays.Count == 0 || b.Weekdays.Count == 0 || a.Weekdays.Overlaps(b.Weekdays));

    private static bool Comparable(Figure a, Figure b)
    {
        if (a.Dimension != b.Dimension || a.Rate != b.Rate || a.Value <= 0 || b.Value <= 0)
        {
            return false;
        }

        var ratio = Math.Max(a.Value, b.Value) / Math.Min(a.Value, b.Value);
        return ratio <= MaxRatio;
    }

    /// <summary>Unit conversions written with rounding: 1,000 feet and 305 metres are the same figure.</summary>
    private static bool Equivalent(Figure a, Figure b)
    {
        if (Math.Abs(a.UnitFactor - b.UnitFactor) < 1e-12)
        {
            return false;
        }

        var rel = Math.Abs(a.Value - b.Value) / Math.Max(a.Value, b.Value);
        return rel <= 0.02;
    }

    private static double Score(StatementSet set, Statement a, Figure fa, Statement b, Figure fb, double sentence)
    {
        var local = set.Similarity(Window(a, fa), Window(b, fb));
        var score = (0.5 * sentence) + (0.5 * local);
        if (fa.Dimension == "count")
        {
            if (fa.Counted.Count > 0 && fb.Counted.Count > 0)
            {
                score += fa.Counted.Intersect(fb.Counted, StringComparer.Ordinal).Any() ? 0.15 : -0.05;
            }
        }
        else
        {
            score += 0.1; // a shared unit of measure is itself evidence
        }

        if (Math.Abs(fa.Value - fb.Value) < 1e-9)
        {
            score += 0.15;
        }

        // Close values are likelier one quantity written twice; far ones need more shared wording.
        var ratio = Math.Max(fa.Value, fb.Value) / Math.Min(fa.Value, fb.Value);
        score += (0.2 * Math.Max(0, 1 - ((ratio - 1) / 0.1))) - (0.5 * (ratio - 1));

        // The same weekday or the same names around both figures tie them to one event.
        var (sa, sb) = (a.Scope(fa), b.Scope(fb));
        if (sa.Weekdays.Overlaps(sb.Weekdays))
        {
            score += 0.15;
        }

        if (sa.Names.Overlaps(sb.Names))
        {
            score += 0.1;
        }

        // Different names around the figures (the sentence of one person's sentence and another's): other quantities.
        var (na, nb) = (a.Scope(fa).Names, b.Scope(fb).Names);
        if (na.Count > 0 && nb.Count > 0 && !na.Overlaps(nb))
        {
            score -= 0.3;
        }

        return score;
    }

    /// <summary>Content stems within six tokens of the figure, outside the figure itself.</summary>
    private static HashSet<string> Window(Statement s, Figure f)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = Math.Max(0, f.TokenIndex - 6); k < Math.Min(s.Tokens.Count, f.TokenIndex + 7); k++)
        {
            var t = s.Tokens[k];
            if (t.Kind == StatementTokenKind.Word && !t.Stop && t.Stem.Length > 1 && (t.Start < f.Start || t.Start >= f.End))
            {
                set.Add(t.Stem);
            }
        }

        return set;
    }

    private static string Shorten(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= 90 ? t : string.Concat(t.AsSpan(0, 89), "\u2026");
    }
}
