using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Languages;
using FactCheck.Rules;
using FactCheck.Statements;

namespace FactCheck.Conflicts;

/// <summary>
/// <c>numbers</c>: numbers for the same quantity. A contradiction only when both are exact, share unit and scope, read
/// alike, and were reported the same day; lower bounds, approximations and later reports are differences.
/// </summary>
internal sealed class NumbersComparer : FactComparer
{
    private static readonly RuleExample[] ExampleRows =
    [
        new("Three of the passengers aboard the Harbor Authority ferry were French. || Four of the passengers aboard the Harbor Authority ferry were French.", true),
        new("At least 40 people died in the ferry fire near the Harbor Authority docks. || At least 52 people died in the ferry fire near the Harbor Authority docks.", true),
        new("Three of the passengers aboard the Harbor Authority ferry were French. || Three of the passengers aboard the Harbor Authority ferry were French, officials said.", false),
    ];

    public NumbersComparer()
        : base("numbers", ["quantity"], ExampleRows)
    {
    }

    /// <summary>
    /// Numbers for the same quantity: a contradiction only when both are exact, share unit and scope, read
    /// alike, and were reported the same day; lower bounds, approximations and later reports are differences.
    /// </summary>
    protected override void Compare(DetectionScope scope, AlignedFact fact)
    {
        var items = fact.Claims.Where(c => !c.Negated && c.ValueOf(ArgumentRoles.Quantity) is not null)
            .Select(c => (Claim: c, Arg: c.Arguments.First(a => a.Role == ArgumentRoles.Quantity), Bound: c.ValueOf(ArgumentRoles.Bound), Scope: c.ValueOf(ArgumentRoles.Scope)))
            .ToArray();
        var values = items.Select(i => i.Arg.Value!).Distinct(StringComparer.Ordinal).ToArray();
        if (values.Length < 2 || items.Select(i => i.Claim.Document).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        // Figures the statement layer linked and found differing are judged there (rule figure-same-quantity), and a
        // bucket whose differing figures are all of other magnitudes, satisfied bounds or other scopes holds no disagreement.
        var (statements, _, differing) = scope.Figures;
        if (items.Any(i => differing.TryGetValue(i.Claim.Document, out var spans) && spans.Exists(s => s.Start < i.Arg.End && i.Arg.Start < s.End))
            || !AnyDisagreement(items.Select(i => (i.Claim.Document, i.Arg.Value!, i.Bound, statements.FigureAt(i.Claim.Document, i.Arg.Start)))
                // Items alike in value, bound and scope behave alike: keep two documents of each kind, not all pairs.
                .GroupBy(x => (x.Item2, x.Bound, x.Item4 is { } at ? ScopeKey(at.Statement.Scope(at.Figure)) : string.Empty))
                .SelectMany(g => g.DistinctBy(x => x.Document).Take(2))
                .ToArray()))
        {
            return;
        }

        var severity = Severity.Difference;
        var confidence = 0.55;
        var reason = string.Empty;

        // One figure per outlet for a specific unit ("votes", "carriages"), about the same entities: the outlets
        // state the same quantity even when their sentences are worded apart.
        var unitOf = items[0].Claim.ValueOf(ArgumentRoles.Unit);
        var onePerDocument = items.GroupBy(i => i.Claim.Document, StringComparer.Ordinal).All(g => g.Select(i => i.Arg.Value).Distinct(StringComparer.Ordinal).Count() == 1);
        var specific = unitOf is not null && !ClaimQuantities.IsGenericUnit(unitOf, scope.Lexicon) && onePerDocument
            && items.All(i => ClaimFrames.KeyEntities(i.Claim) is var e && ClaimFrames.KeyEntities(items[0].Claim) is var f && (e.Count == 0 || f.Count == 0 || e.Any(f.Contains)));

        // The figure's own bound ("at least", "about" right before it) decides; a hedge elsewhere in the
        // sentence ("about 240 passengers ... when five carriages derailed") is about another figure.
        var exact = items.Select(i => i.Bound is null && !HedgedFigure(i.Claim, i.Arg, scope.Lexicon)).ToArray();
        // Tolls move between reports; a person's age does not, whatever day it is reported (no day then).
        var fixedUnit = unitOf is not null && scope.Lexicon.FixedUnits.Contains(unitOf);
        var days = items.Select(i => fixedUnit ? null : scope.Views[i.Claim.Document].Document.Time.Publication.Value).ToArray();

        // A contradiction needs two exact figures with different values from different documents, same scope, same
        // reporting day and alike wording or counted thing. Items equal in all of these behave alike, so compare
        // distinct kinds, not all pairs.
        var kinds = items.Select((item, k) => (Item: item, K: k))
            .Where(x => exact[x.K])
            .Select(x => (x.Item, x.K, Words: ContentSet(x.Item.Claim, scope.Lexicon), Counted: ClaimQuantities.QuantityContext(x.Item.Claim, scope.Lexicon)))
            .GroupBy(x => (x.Item.Arg.Value!, x.Item.Scope, days[x.K], string.Join(' ', x.Words.Order(StringComparer.Ordinal)), x.Item.Claim.ValueOf(ArgumentRoles.Unit), string.Join(' ', x.Counted.Order(StringComparer.Ordinal))))
            .Select(g => (Value: g.Key.Item1, g.Key.Scope, Day: g.Key.Item3, g.First().Words, g.First().Item.Claim, Documents: g.Select(x => x.Item.Claim.Document).Distinct(StringComparer.Ordinal).Take(2).ToArray()))
            .ToArray();
        for (var i = 0; i < kinds.Length && severity != Severity.Contradiction; i++)
        {
            for (var j = i + 1; j < kinds.Length; j++)
            {
                var (a, b) = (kinds[i], kinds[j]);
                var sameDocumentOnly = a.Documents.Length == 1 && b.Documents.Length == 1 && a.Documents[0] == b.Documents[0];
                if (sameDocumentOnly || a.Value == b.Value || a.Scope != b.Scope || (a.Day is { } da && b.Day is { } db && da != db))
                {
                    continue;
                }

                if (Dice(a.Words, b.Words) >= 0.75 || SameCountedThing(a.Claim, b.Claim, scope.Lexicon) || specific)
                {
                    severity = Severity.Contradiction;
                    confidence = 0.7;
                    break;
                }
            }
        }

        // Otherwise the reason shown is the one of the last differing pair (i, j) in item order. Scanning i downwards,
        // each value keeps its highest index and its highest index from another document, which answers "the highest
        // j > i with another value from another document" in one step per distinct value.
        var latest = new Dictionary<string, (int First, int Second)>(StringComparer.Ordinal);
        for (var i = items.Length - 1; i >= 0 && severity != Severity.Contradiction; i--)
        {
            var (doc, value) = (items[i].Claim.Document, items[i].Arg.Value!);
            var j = -1;
            foreach (var (v, (first, second)) in latest)
            {
                var candidate = v == value ? -1 : items[first].Claim.Document != doc ? first : second;
                j = Math.Max(j, candidate);
            }

            if (j >= 0)
            {
                var both = exact[i] && exact[j];
                var sameDay = days[i] is null || days[j] is null || days[i] == days[j];
                reason = !both ? " (at least one figure is hedged or a bound, so both can be true)" : !sameDay ? " (reported at different times)" : string.Empty;
                break;
            }

            if (!latest.TryGetValue(value, out var top))
            {
                latest[value] = (i, -1);
            }
            else if (top.Second < 0 && items[top.First].Claim.Document != doc)
            {
                latest[value] = (top.First, i);
            }
        }

        var unit = fact.Claims[0].ValueOf(ArgumentRoles.Unit);
        var byValue = DetectionScope.List(values.Select(v => $"{v} ({string.Join(", ", items.Where(i => i.Arg.Value == v).Select(i => i.Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})"));
        var summary = severity == Severity.Contradiction
            ? $"Outlets give incompatible exact figures for the same count of {unit}: {byValue}."
            : $"Outlets give different figures for the {unit} count: {byValue}{reason}.";
        scope.Add(FindingKind.Number, severity, confidence, summary,
            fact.Claims.SelectMany(ClaimFrames.KeyEntities),
            items.Select(i => scope.Evidence(i.Claim.Document, i.Arg.Start, i.Arg.End, (i.Bound is null ? string.Empty : i.Bound + " ") + i.Arg.Value)), fact.Id);
    }

    /// <summary>An approximating hedge within the three words before the figure.</summary>
    private static string ScopeKey(FigureScope s) =>
        string.Concat(s.Future ? "f" : "-", s.Span ? "s" : "-", string.Join(',', s.Weekdays.Order(StringComparer.Ordinal)));

    /// <summary>Two figures from different documents of similar magnitude whose values a bound does not reconcile.</summary>
    private static bool AnyDisagreement((string Document, string Value, string? Bound, (Statement Statement, Figure Figure)? At)[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = 0; j < items.Length; j++)
            {
                var (a, b) = (items[i], items[j]);
                if (a.Document == b.Document || a.Value == b.Value
                    || !double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var va)
                    || !double.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var vb) || va <= 0 || vb <= 0)
                {
                    continue;
                }

                // An order of magnitude apart, a bound the exact figure meets, or another scope (a running total, a
                // plan, another weekday): not one quantity in disagreement.
                var ratio = Math.Max(va, vb) / Math.Min(va, vb);
                var satisfied = (b.Bound is null && ((a.Bound == "lower" && vb >= va) || (a.Bound == "upper" && vb <= va)))
                    || (a.Bound is null && ((b.Bound == "lower" && va >= vb) || (b.Bound == "upper" && va <= vb)));
                var otherScope = a.At is { } x && b.At is { } y && !FigureComparer.SameScope(x.Statement.Scope(x.Figure), y.Statement.Scope(y.Figure));
                if (ratio <= 3 && !satisfied && !otherScope)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HedgedFigure(Claim c, ClaimArgument figure, Lexicon lexicon)
    {
        var from = Math.Clamp(figure.Start - c.Start, 0, c.Text.Length);
        var words = ClaimText.Words(c.Text[..from], lexicon);
        var near = string.Join(' ', words.Skip(Math.Max(0, words.Count - 3)));
        return c.Hedges.Any(h => IsApprox(h) && near.Contains(h, StringComparison.Ordinal));
    }

    private static bool IsApprox(string hedge) => hedge is "about" or "around" or "approximately" or "roughly" or "nearly" or "almost" or "some" or "more than" or "at least" or "up to" or "as many as" or "over";

    private static HashSet<string> ContentSet(Claim c, Lexicon lexicon) =>
        ClaimText.ContentWords(c.Text, lexicon).Where(w => !char.IsDigit(w[0]) && !lexicon.NumberWords.ContainsKey(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Same unit and a shared word of the figures' own clauses ("destroyed", "derailed", "severance").</summary>
    private static bool SameCountedThing(Claim a, Claim b, Lexicon lexicon) =>
        a.ValueOf(ArgumentRoles.Unit) == b.ValueOf(ArgumentRoles.Unit)
        && ClaimQuantities.QuantityContext(a, lexicon).Overlaps(ClaimQuantities.QuantityContext(b, lexicon));

    private static double Dice(HashSet<string> x, HashSet<string> y) =>
        x.Count + y.Count == 0 ? 0 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
}
