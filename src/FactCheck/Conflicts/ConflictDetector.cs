using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Languages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace FactCheck.Conflicts;

/// <summary>
/// Default <see cref="IConflictDetector"/>. Tells agreement, complementary detail, difference and contradiction
/// apart: dates by event counting, numbers with bounds and reporting time, quote wording and attribution,
/// roles and titles, characterization (incompatible verbs, paraphrases that misstate their own quote), and the
/// stance matrix of who demanded what. Work is bounded per fact, per quote block and per entity.
/// </summary>
public sealed partial class ConflictDetector : IConflictDetector
{
    private static readonly FrozenSet<string> FixedUnits = LanguagePack.English.Set("fixed-units", "conflicts");
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public ConflictDetector(ILogger<ConflictDetector>? logger = null)
    {
        _logger = logger ?? NullLogger<ConflictDetector>.Instance;
    }

    /// <inheritdoc />
    public ConflictResult Detect(ConflictContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = new DetectionScope(context);
        foreach (var fact in context.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fact.StatedIn.Count < 2)
            {
                continue;
            }

            switch (fact.Frame)
            {
                case "contact":
                    EventCounting(scope, fact);
                    break;
                case "quantity":
                    Numbers(scope, fact);
                    break;
                case "departure":
                    Characterization(scope, fact, "manner");
                    break;
                case "event":
                    EventDates(scope, fact);
                    Characterization(scope, fact, "class");
                    break;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        QuoteRules.Detect(scope, cancellationToken);
        QuoteRules.Paraphrases(scope);
        CoverageRules.RoleTitles(scope);
        var stances = CoverageRules.Stances(scope);
        CoverageRules.StanceCoverage(scope, stances);

        var facts = context.Facts.Select(f => Revise(scope, f)).ToArray();
        var findings = scope.Findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
        LogDetected(_logger, findings.Length, stances.Count);
        return new ConflictResult(facts, findings, stances);
    }

    private static AlignedFact Revise(DetectionScope scope, AlignedFact fact)
    {
        if (!scope.FactSeverity.TryGetValue(fact.Id, out var severity))
        {
            return fact;
        }

        return fact with { Status = severity == Severity.Contradiction ? FactStatus.Contradicting : FactStatus.Differing };
    }

    /// <summary>
    /// Event counting decides dates: distinct dates for a contact are complementary when the outlets' stated
    /// count covers them, a contradiction when every stating side says it happened once, a difference otherwise.
    /// </summary>
    private static void EventCounting(DetectionScope scope, AlignedFact fact)
    {
        var claims = fact.Claims.Where(c => !c.Negated).ToArray();
        var counts = claims.Select(c => ClaimAligner.ValueOf(c, "count")).Where(v => v is not null).Select(v => ParseCount(v!)).ToArray();
        var dated = claims
            .SelectMany(c => c.Arguments.Where(a => a.Role == "time" && DateKey.Parse(a.Value, a.Text) is { Month: not null }).Select(a => (Claim: c, Arg: a, Key: DateKey.Parse(a.Value, a.Text)!)))
            .ToArray();
        var groups = GroupDates(dated.Select(d => d.Key).ToArray());
        if (groups.Count < 2)
        {
            return;
        }

        var maxCount = counts.Length == 0 ? (double?)null : counts.Max(c => c.Value);
        var anyBound = counts.Any(c => c.Bound is not null);
        if (maxCount is { } m && (m >= groups.Count || anyBound))
        {
            return; // "met twice": a July and a September meeting can both be true.
        }

        var who = DetectionScope.List(ClaimAligner.KeyEntities(fact.Claims[0]).Select(scope.NameOf));
        var evidence = dated.Select(d => scope.Evidence(d.Claim.Document, d.Arg.Start, d.Arg.End, d.Arg.Value)).ToList();
        var docsPerDate = groups.Select(g => dated.Where(d => g.Matches(d.Key)).Select(d => d.Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()).ToArray();
        var datesText = DetectionScope.List(groups.Select((g, i) => $"{g.Display} ({string.Join(", ", docsPerDate[i])})"));

        // A contradiction needs every side to say it happened once; otherwise there may have been several meetings.
        var onceDocs = claims.Where(c => ClaimAligner.ValueOf(c, "count") is { } v && ParseCount(v) is { Value: 1, Bound: null }).Select(c => c.Document).ToHashSet(StringComparer.Ordinal);
        var everySideOnce = maxCount == 1 && docsPerDate.All(docs => docs.Any(onceDocs.Contains));
        var entities = ClaimAligner.KeyEntities(fact.Claims[0]);
        if (everySideOnce && docsPerDate.SelectMany(d => d).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            scope.Add(FindingKind.Date, Severity.Contradiction, 0.8,
                $"Outlets say the contact between {who} happened once but date it differently: {datesText}.",
                entities, evidence, fact.Id);
        }
        else if (docsPerDate.SelectMany(d => d).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            scope.Add(FindingKind.Date, Severity.Difference, 0.5,
                $"Outlets date the contact between {who} differently ({datesText}); no stated count says whether these were separate occasions.",
                entities, evidence, fact.Id);
        }
    }

    /// <summary>Dates of a one-time event: explicit day-level dates that differ contradict; anything else differs.</summary>
    private static void EventDates(DetectionScope scope, AlignedFact fact)
    {
        var dated = fact.Claims.Where(c => !c.Negated)
            .SelectMany(c => c.Arguments.Where(a => a.Role == "time" && DateKey.Parse(a.Value, a.Text) is { Month: not null }).Select(a => (Claim: c, Arg: a, Key: DateKey.Parse(a.Value, a.Text)!)))
            .ToArray();
        var groups = GroupDates(dated.Select(d => d.Key).ToArray());
        var docs = dated.Select(d => d.Claim.Document).Distinct(StringComparer.Ordinal).Count();
        if (groups.Count < 2 || docs < 2)
        {
            return;
        }

        var predicates = fact.Claims.Select(c => ClaimAligner.ValueOf(c, "predicate")).Distinct(StringComparer.Ordinal).Count();
        var explicitDays = dated.All(d => d.Key.Day is not null && d.Key.Explicit);
        var severity = explicitDays && predicates == 1 ? Severity.Contradiction : Severity.Difference;
        var what = Shorten(fact.Claims[0].Text);
        var datesText = DetectionScope.List(groups.Select(g => $"{g.Display} ({string.Join(", ", dated.Where(d => g.Matches(d.Key)).Select(d => d.Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})"));
        scope.Add(FindingKind.Date, severity, severity == Severity.Contradiction ? 0.7 : 0.45,
            $"Outlets give different dates for the same event (\u201C{what}\u201D): {datesText}.",
            fact.Claims.SelectMany(ClaimAligner.KeyEntities),
            dated.Select(d => scope.Evidence(d.Claim.Document, d.Arg.Start, d.Arg.End, d.Arg.Value)), fact.Id);
    }

    /// <summary>
    /// Numbers for the same quantity: a contradiction only when both are exact, share unit and scope, read
    /// alike, and were reported the same day; lower bounds, approximations and later reports are differences.
    /// </summary>
    private static void Numbers(DetectionScope scope, AlignedFact fact)
    {
        var items = fact.Claims.Where(c => !c.Negated && ClaimAligner.ValueOf(c, "quantity") is not null)
            .Select(c => (Claim: c, Arg: c.Arguments.First(a => a.Role == "quantity"), Bound: ClaimAligner.ValueOf(c, "bound"), Scope: ClaimAligner.ValueOf(c, "scope")))
            .ToArray();
        var values = items.Select(i => i.Arg.Value!).Distinct(StringComparer.Ordinal).ToArray();
        if (values.Length < 2 || items.Select(i => i.Claim.Document).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        var severity = Severity.Difference;
        var confidence = 0.55;
        var reason = string.Empty;

        // One figure per outlet for a specific unit ("votes", "carriages"), about the same entities: the outlets
        // state the same quantity even when their sentences are worded apart.
        var unitOf = ClaimAligner.ValueOf(items[0].Claim, "unit");
        var onePerDocument = items.GroupBy(i => i.Claim.Document, StringComparer.Ordinal).All(g => g.Select(i => i.Arg.Value).Distinct(StringComparer.Ordinal).Count() == 1);
        var specific = unitOf is not null && !ClaimAligner.IsGenericUnit(unitOf) && onePerDocument
            && items.All(i => ClaimAligner.KeyEntities(i.Claim) is var e && ClaimAligner.KeyEntities(items[0].Claim) is var f && (e.Count == 0 || f.Count == 0 || e.Any(f.Contains)));

        // The figure's own bound ("at least", "about" right before it) decides; a hedge elsewhere in the
        // sentence ("about 240 passengers ... when five carriages derailed") is about another figure.
        var exact = items.Select(i => i.Bound is null && !HedgedFigure(i.Claim, i.Arg)).ToArray();
        // Tolls move between reports; a person's age does not, whatever day it is reported (no day then).
        var fixedUnit = unitOf is not null && FixedUnits.Contains(unitOf);
        var days = items.Select(i => fixedUnit ? null : scope.Views[i.Claim.Document].Document.Time.Publication.Value).ToArray();

        // A contradiction needs two exact figures with different values from different documents, same scope, same
        // reporting day and alike wording or counted thing. Items equal in all of these behave alike, so compare
        // distinct kinds, not all pairs.
        var kinds = items.Select((item, k) => (Item: item, K: k))
            .Where(x => exact[x.K])
            .Select(x => (x.Item, x.K, Words: ContentSet(x.Item.Claim), Counted: ClaimAligner.QuantityContext(x.Item.Claim)))
            .GroupBy(x => (x.Item.Arg.Value!, x.Item.Scope, days[x.K], string.Join(' ', x.Words.Order(StringComparer.Ordinal)), ClaimAligner.ValueOf(x.Item.Claim, "unit"), string.Join(' ', x.Counted.Order(StringComparer.Ordinal))))
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

                if (Dice(a.Words, b.Words) >= 0.75 || SameCountedThing(a.Claim, b.Claim) || specific)
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

        var unit = ClaimAligner.ValueOf(fact.Claims[0], "unit");
        var byValue = DetectionScope.List(values.Select(v => $"{v} ({string.Join(", ", items.Where(i => i.Arg.Value == v).Select(i => i.Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})"));
        var summary = severity == Severity.Contradiction
            ? $"Outlets give incompatible exact figures for the same count of {unit}: {byValue}."
            : $"Outlets give different figures for the {unit} count: {byValue}{reason}.";
        scope.Add(FindingKind.Number, severity, confidence, summary,
            fact.Claims.SelectMany(ClaimAligner.KeyEntities),
            items.Select(i => scope.Evidence(i.Claim.Document, i.Arg.Start, i.Arg.End, (i.Bound is null ? string.Empty : i.Bound + " ") + i.Arg.Value)), fact.Id);
    }

    /// <summary>The same event described with incompatible verbs (fired / resigned / forced out; confirmed / denied).</summary>
    private static void Characterization(DetectionScope scope, AlignedFact fact, string role)
    {
        var items = fact.Claims.Where(c => !c.Negated)
            .SelectMany(c => c.Arguments.Where(a => a.Role == role && a.Value is not null).Select(a => (Claim: c, Arg: a)))
            .ToArray();
        Severity? worst = null;

        // Equal classes never clash: compare each distinct class once, with whether two documents use it.
        var classes = items.GroupBy(x => x.Arg.Value!, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Documents: g.Select(x => x.Claim.Document).Distinct(StringComparer.Ordinal).Take(2).ToArray()))
            .ToArray();
        for (var i = 0; i < classes.Length; i++)
        {
            for (var j = i + 1; j < classes.Length; j++)
            {
                var sameDocumentOnly = classes[i].Documents.Length == 1 && classes[j].Documents.Length == 1 && classes[i].Documents[0] == classes[j].Documents[0];
                if (!sameDocumentOnly && scope.Clash(classes[i].Value, classes[j].Value) is { } s && (worst is null || s > worst))
                {
                    worst = s;
                }
            }
        }

        if (worst is not { } severity)
        {
            return;
        }

        var entities = fact.Claims.SelectMany(ClaimAligner.KeyEntities).Distinct(StringComparer.Ordinal).ToArray();
        var who = DetectionScope.List(entities.Select(scope.NameOf));
        var words = DetectionScope.List(items.GroupBy(x => x.Arg.Text.ToLowerInvariant(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"\u201C{g.First().Arg.Text}\u201D ({string.Join(", ", g.Select(x => x.Claim.Document + (x.Claim.Quoted ? " quoting" : string.Empty)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})"));
        var summary = role == "manner"
            ? $"Outlets characterize how {who} left differently: {words}."
            : $"Outlets describe the same event about {who} in incompatible terms: {words}.";
        scope.Add(FindingKind.Characterization, severity, severity == Severity.Contradiction ? 0.7 : 0.65, summary, entities,
            items.Select(x => scope.Evidence(x.Claim.Document, x.Arg.Start, x.Arg.End, x.Arg.Value + (x.Claim.Quoted ? " (in a quote)" : string.Empty))), fact.Id);
    }

    /// <summary>An approximating hedge within the three words before the figure.</summary>
    private static bool HedgedFigure(Claim c, ClaimArgument figure)
    {
        var from = Math.Clamp(figure.Start - c.Start, 0, c.Text.Length);
        var words = ClaimText.Words(c.Text[..from]);
        var near = string.Join(' ', words.Skip(Math.Max(0, words.Count - 3)));
        return c.Hedges.Any(h => IsApprox(h) && near.Contains(h, StringComparison.Ordinal));
    }

    private static bool IsApprox(string hedge) => hedge is "about" or "around" or "approximately" or "roughly" or "nearly" or "almost" or "some" or "more than" or "at least" or "up to" or "as many as" or "over";

    private static HashSet<string> ContentSet(Claim c) =>
        ClaimText.ContentWords(c.Text).Where(w => !char.IsDigit(w[0]) && !Lexicon.NumberWords.ContainsKey(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Same unit and a shared word of the figures' own clauses ("destroyed", "derailed", "severance").</summary>
    private static bool SameCountedThing(Claim a, Claim b) =>
        ClaimAligner.ValueOf(a, "unit") == ClaimAligner.ValueOf(b, "unit")
        && ClaimAligner.QuantityContext(a).Overlaps(ClaimAligner.QuantityContext(b));

    private static double Dice(HashSet<string> x, HashSet<string> y) =>
        x.Count + y.Count == 0 ? 0 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);

    private static (double Value, string? Bound) ParseCount(string value)
    {
        var plus = value.IndexOf('+', StringComparison.Ordinal);
        var number = double.Parse(plus < 0 ? value : value[..plus], CultureInfo.InvariantCulture);
        return (number, plus < 0 ? null : value[(plus + 1)..]);
    }

    private static List<DateKey> GroupDates(DateKey[] keys)
    {
        var groups = new List<DateKey>();
        foreach (var k in keys.OrderBy(k => k.Month).ThenBy(k => k.Day).ThenBy(k => k.Year))
        {
            if (!groups.Any(g => g.Matches(k)))
            {
                groups.Add(k);
            }
        }

        return groups;
    }

    private static string Shorten(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= 90 ? t : string.Concat(t.AsSpan(0, 89), "\u2026");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Detected {Findings} findings and {Stances} stances")]
    private static partial void LogDetected(ILogger logger, int findings, int stances);
}

/// <summary>A date reduced to what can be compared: year (when written), month, day.</summary>
internal sealed record DateKey(string? Year, string? Month, string? Day, bool Explicit)
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public string Display => Month is null ? Year ?? "?" : MonthNames[int.Parse(Month, CultureInfo.InvariantCulture) - 1] + (Day is null ? string.Empty : " " + int.Parse(Day, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) + (Year is null ? string.Empty : " " + Year);

    /// <summary>Same date at the precision both give; a year only counts when both texts write it out.</summary>
    public bool Matches(DateKey other) =>
        Month == other.Month
        && (Day is null || other.Day is null || Day == other.Day)
        && (Year is null || other.Year is null || Year == other.Year);

    /// <summary>Reads <c>2016-09</c>, <c>2016-09-14</c>, <c>XXXX-07</c>; the year is kept only when <paramref name="text"/> writes it.</summary>
    public static DateKey? Parse(string? value, string text)
    {
        if (value is null || value.Length < 7 || value[4] != '-')
        {
            return null;
        }

        var month = value.Substring(5, 2);
        if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12)
        {
            return null;
        }

        string? day = value.Length >= 10 && value[7] == '-' ? value.Substring(8, 2) : null;
        var writtenYear = text.Any(char.IsDigit) && text.Contains(value[..4], StringComparison.Ordinal);
        var year = writtenYear ? value[..4] : null;
        var isExplicit = text.Any(char.IsDigit) || Lexicon.Months.ContainsKey(ClaimText.Words(text).FirstOrDefault() ?? string.Empty);
        return new DateKey(year, month, day, isExplicit);
    }
}
