using FactCheck.Languages;
using System.Collections.Frozen;
using FactCheck.Rules;

namespace FactCheck.Statements;

/// <summary>One slot that changed between a statement and its restatement.</summary>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Before">The value in the first statement.</param>
/// <param name="After">The value in the restatement.</param>
/// <param name="Contradiction">Whether the two values cannot both be true (otherwise a difference).</param>
internal sealed record SlotChange(string Rule, string Before, string After, bool Contradiction);

/// <summary>Two aligned statements and what each one has that the other lacks.</summary>
internal sealed class StatementPair
{
    public StatementPair(Statement a, Statement b)
    {
        A = a;
        B = b;
        var foldedA = a.Tokens.Where(t => t.Kind == StatementTokenKind.Word).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var foldedB = b.Tokens.Where(t => t.Kind == StatementTokenKind.Word).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var stemsA = a.Tokens.Where(t => t.Kind == StatementTokenKind.Word).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var stemsB = b.Tokens.Where(t => t.Kind == StatementTokenKind.Word).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        OnlyA = [.. a.Tokens.Where(t => t.Kind == StatementTokenKind.Word && !foldedB.Contains(t.Folded) && !stemsB.Contains(t.Stem))];
        OnlyB = [.. b.Tokens.Where(t => t.Kind == StatementTokenKind.Word && !foldedA.Contains(t.Folded) && !stemsA.Contains(t.Stem))];
        FoldedA = foldedA;
        FoldedB = foldedB;
    }

    public Statement A { get; }

    public Statement B { get; }

    /// <summary>Words of A that B does not have (by form and by stem), in order.</summary>
    public List<StatementToken> OnlyA { get; }

    /// <summary>Words of B that A does not have, in order.</summary>
    public List<StatementToken> OnlyB { get; }

    public HashSet<string> FoldedA { get; }

    public HashSet<string> FoldedB { get; }
}

/// <summary>A comparer of one slot inside two aligned statements.</summary>
internal abstract class SlotRule : IRule
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> Triggers => [];

    public abstract IReadOnlyList<RuleExample> Examples { get; }

    /// <summary>The changes this rule sees between the two statements.</summary>
    public abstract IEnumerable<SlotChange> Compare(StatementPair pair);
}

/// <summary>Rule <c>figure-changed</c>: a figure of one quantity whose values cannot both be true (after rounding, hedges and unit conversion).</summary>
internal sealed class FigureChangedRule : SlotRule
{
    public override string Name => "figure-changed";

    public override IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("The ferry carried 240 passengers across the bay.||The ferry carried 310 passengers across the bay.", true),
        new("The council approved a budget of $4 million.||The council approved a budget of $6.5 million.", true),
        new("The trail is 10 miles long.||The trail is about 16 kilometers long.", false),
        new("Nearly 500 people attended.||About 498 people attended.", false),
        new("More than 500 people attended.||Some 560 people attended.", false),
    ];

    public override IEnumerable<SlotChange> Compare(StatementPair pair)
    {
        var used = new HashSet<int>();
        foreach (var fa in pair.A.Figures)
        {
            Figure? best = null;
            var bestDistance = double.MaxValue;
            for (var k = 0; k < pair.B.Figures.Count; k++)
            {
                var fb = pair.B.Figures[k];
                if (used.Contains(k) || fa.Dimension != fb.Dimension || fa.Rate != fb.Rate)
                {
                    continue;
                }

                // The counterpart is the figure of the same dimension in the most similar position of the sentence.
                var distance = Math.Abs(((double)fa.TokenIndex / Math.Max(1, pair.A.Tokens.Count)) - ((double)fb.TokenIndex / Math.Max(1, pair.B.Tokens.Count)))
                    + (fa.Counted.Intersect(fb.Counted, StringComparer.Ordinal).Any() ? -1 : 0);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (fb, distance);
                }
            }

            if (best is null)
            {
                continue;
            }

            used.Add(pair.B.Figures.IndexOf(best));
            var verdict = FigureComparer.Judge(fa, best);
            if (verdict == FigureVerdict.Contradiction)
            {
                yield return new SlotChange(Name, fa.Written.Trim(), best.Written.Trim(), true);
            }
        }
    }
}

/// <summary>Rule <c>weekday-changed</c>: the statements name different days of the week for the same thing.</summary>
internal sealed class WeekdayChangedRule : SlotRule
{
    private static readonly FrozenDictionary<string, string> Weekdays = LanguagePack.English.Map("weekdays", null);

    public override string Name => "weekday-changed";

    public override IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("The museum reopened on Tuesday after repairs.||The museum reopened on Thursday after repairs.", true),
        new("The museum reopened on Tuesday after repairs.||After repairs, the museum reopened Tuesday.", false),
        new("The museum reopened on Tuesday.||The museum reopened on Tuesday and hosted a concert on Friday.", false),
    ];

    public override IEnumerable<SlotChange> Compare(StatementPair pair)
    {
        var a = pair.OnlyA.Where(t => t.Folded.Length > 5 && Weekdays.ContainsKey(t.Folded)).ToList();
        var b = pair.OnlyB.Where(t => t.Folded.Length > 5 && Weekdays.ContainsKey(t.Folded)).ToList();
        if (a.Count > 0 && b.Count > 0)
        {
            yield return new SlotChange(Name, a[0].Folded, b[0].Folded, true);
        }
    }
}

/// <summary>Rule <c>calendar-date-changed</c>: a month, a day of the month or a year differs.</summary>
internal sealed class CalendarDateChangedRule : SlotRule
{
    private static readonly FrozenDictionary<string, string> Months = LanguagePack.English.Map("months", "claims");

    public override string Name => "calendar-date-changed";

    public override IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("The festival opens on June 12 in the old harbor.||The festival opens on June 21 in the old harbor.", true),
        new("The law took effect in March 2019.||The law took effect in March 2021.", true),
        new("The festival opens on June 12 in the old harbor.||On June 12 the festival opens in the old harbor.", false),
    ];

    public override IEnumerable<SlotChange> Compare(StatementPair pair)
    {
        var a = Dates(pair.A);
        var b = Dates(pair.B);
        foreach (var part in new[] { "m", "y" })
        {
            var pa = a.Where(x => x[0] == part[0]).ToHashSet(StringComparer.Ordinal);
            var pb = b.Where(x => x[0] == part[0]).ToHashSet(StringComparer.Ordinal);
            if (pa.Count > 0 && pb.Count > 0 && !pa.Overlaps(pb))
            {
                yield return new SlotChange(Name, pa.Min()!, pb.Min()!, true);
                yield break;
            }
        }
    }

    private static HashSet<string> Dates(Statement s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var t = s.Tokens[i];
            if (t.Kind == StatementTokenKind.Word && Months.TryGetValue(t.Folded, out var m) && (t.Folded.Length > 3 || t.Folded == "may" && t.Capitalized))
            {
                var day = i + 1 < s.Tokens.Count && s.Tokens[i + 1].Kind == StatementTokenKind.Number && s.Tokens[i + 1].Folded.Length <= 2 ? s.Tokens[i + 1].Folded : "";
                set.Add("m" + m + "-" + day);
            }
            else if (t.Kind == StatementTokenKind.Number && t.Folded.Length == 4 && int.TryParse(t.Folded, out var y) && y is >= 1800 and <= 2100)
            {
                set.Add("y" + t.Folded);
            }
        }

        return set;
    }
}

/// <summary>Rule <c>negation-flipped</c>: one statement negates what the other asserts.</summary>
internal sealed class NegationFlippedRule : SlotRule
{
    private static readonly FrozenSet<string> Negators = LanguagePack.English.Set("negators", "claims");

    public override string Name => "negation-flipped";

    public override IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("The committee approved the new stadium plan.||The committee did not approve the new stadium plan.", true),
        new("The senator said she would never support the tax.||The senator said she would support the tax.", true),
        new("The senator did not support the tax.||The senator didn't back the tax.", false),
    ];

    public override IEnumerable<SlotChange> Compare(StatementPair pair)
    {
        var a = Count(pair.A);
        var b = Count(pair.B);
        if ((a == 0) != (b == 0))
        {
            yield return new SlotChange(Name, a > 0 ? "negated" : "asserted", b > 0 ? "negated" : "asserted", true);
        }
    }

    private static int Count(Statement s) => s.Tokens.Count(t => t.Kind == StatementTokenKind.Word && (Negators.Contains(t.Folded) || t.Folded.EndsWith("n't", StringComparison.Ordinal)));
}

/// <summary>Rule <c>antonym-swapped</c>: a word replaced by its opposite (rose/fell, approved/rejected).</summary>
internal sealed class AntonymSwappedRule : SlotRule
{
    private static readonly Dictionary<string, HashSet<string>> Opposites = Read();

    public override string Name => "antonym-swapped";

    public override IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("Ticket sales rose sharply in the spring.||Ticket sales fell sharply in the spring.", true),
        new("The board accepted the offer on Monday.||The board rejected the offer on Monday.", true),
        new("Ticket sales rose sharply in the spring.||In the spring, ticket sales climbed sharply.", false),
    ];

    public override IEnumerable<SlotChange> Compare(StatementPair pair)
    {
        foreach (var a in pair.OnlyA)
        {
            if (!Opposites.TryGetValue(a.Folded, out var opp))
            {
                continue;
            }

            foreach (var b in pair.OnlyB)
            {
                if (opp.Contains(b.Folded))
                {
                    yield return new SlotChange(Name, a.Folded, b.Folded, true);
                    yield break;
                }
            }
        }
    }

    private static Dictionary<string, HashSet<string>> Read()
    {
        var d = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in LanguagePack.English.Entries("antonyms"))
        {
            var parts = line.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            Add(parts[0], parts[1]);
            Add(parts[1], parts[0]);
        }

        return d;

        void Add(string x, string y)
        {
            if (!d.TryGetValue(x, out var set))
            {
                d[x] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(y);
        }
    }
}

/// <summary>Rule <c>quantity-word-changed</c>: a quantity word replaced by another (most/few, all/some).</summary>
internal sealed class QuantityWordChangedRule : SlotRule
{
    private static readonly FrozenSet<string> Words = LanguagePack.English.Set("slot-quantity-words", null);

    public override string Name => "quantity-word-changed";

    public override IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("Most residents backed the plan.||Few residents backed the plan.", true),
        new("All of the flights were cancelled.||Some of the flights were cancelled.", true),
        new("Most residents backed the plan.||The plan was backed by most residents.", false),
    ];

    public override IEnumerable<SlotChange> Compare(StatementPair pair)
    {
        var a = pair.OnlyA.FirstOrDefault(t => Words.Contains(t.Folded));
        var b = pair.OnlyB.FirstOrDefault(t => Words.Contains(t.Folded));
        if (a.Folded is not null && b.Folded is not null)
        {
            yield return new SlotChange(Name, a.Folded, b.Folded, true);
        }
    }
}

/// <summary>
/// Rule <c>name-swapped</c>: a name (person, organization, place) in one statement replaced by another name; rule
/// <c>credited-speaker-changed</c> when the name is the one a speech verb credits.
/// </summary>
internal sealed class NameSwappedRule : SlotRule
{
    private static readonly FrozenSet<string> SpeechVerbs = LanguagePack.English.Set("speech-verbs", "claims");

    public override string Name => "name-swapped";

    public override IReadOnlyList<RuleExample> Examples { get; } =
    [
        new("The contract went to Halvorsen Marine last week.||The contract went to Brightwater Marine last week.", true),
        new("The concert was moved to Leeds.||The concert was moved to Bristol.", true),
        new("\"We will rebuild,\" said Mayor Ana Ortiz.||\"We will rebuild,\" said council member Tom Reyes.", true, "credited-speaker-changed"),
        new("The concert was moved to Leeds.||The concert, delayed by rain, was moved to Leeds.", false),
        new("Mayor Ana Ortiz opened the bridge.||The bridge was opened by Ana Ortiz, the mayor.", false),
    ];

    public override IEnumerable<SlotChange> Compare(StatementPair pair)
    {
        var a = Names(pair.A, pair.OnlyA);
        var b = Names(pair.B, pair.OnlyB);
        if (a.Count == 0 || b.Count == 0)
        {
            yield break;
        }

        var credited = Credited(pair.A, a) || Credited(pair.B, b);
        yield return new SlotChange(credited ? "credited-speaker-changed" : Name, string.Join(' ', a.Select(t => t.Folded)), string.Join(' ', b.Select(t => t.Folded)), !credited);
    }

    /// <summary>Capitalized words of the statement that the other lacks; a sentence-initial word counts only inside a longer name.</summary>
    private static List<StatementToken> Names(Statement s, List<StatementToken> only)
    {
        var firstWord = s.Tokens.FindIndex(t => t.Kind == StatementTokenKind.Word);
        return only.Where(t => t.Capitalized && !t.Stop && (s.Tokens.IndexOf(t) != firstWord
            || (firstWord + 1 < s.Tokens.Count && s.Tokens[firstWord + 1].Capitalized))).ToList();
    }

    private static bool Credited(Statement s, List<StatementToken> names)
    {
        foreach (var n in names)
        {
            var k = s.Tokens.IndexOf(n);
            for (var j = Math.Max(0, k - 4); j < Math.Min(s.Tokens.Count, k + 5); j++)
            {
                if (SpeechVerbs.Contains(s.Tokens[j].Folded))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>
/// Compares a statement with its restatement slot by slot and says which details changed; an empty answer means a
/// faithful restatement (paraphrase, reordering, rounding, unit conversion, added detail).
/// </summary>
internal static class RestatementComparer
{
    /// <summary>The slot rules, in the order they run.</summary>
    public static IReadOnlyList<SlotRule> Rules { get; } =
    [
        new FigureChangedRule(),
        new WeekdayChangedRule(),
        new CalendarDateChangedRule(),
        new NegationFlippedRule(),
        new AntonymSwappedRule(),
        new QuantityWordChangedRule(),
        new NameSwappedRule(),
    ];

    /// <summary>The changed slots between two sentences (empty when B restates A faithfully).</summary>
    public static List<SlotChange> Compare(string a, string b) => Compare(new Statement("a", 0, 0, a, 0, a.Length), new Statement("b", 1, 1, b, 0, b.Length));

    /// <summary>The changed slots between two aligned statements.</summary>
    public static List<SlotChange> Compare(Statement a, Statement b)
    {
        var pair = new StatementPair(a, b);
        var changes = new List<SlotChange>();
        foreach (var rule in Rules)
        {
            changes.AddRange(rule.Compare(pair));
        }

        return changes;
    }
}
