using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary><c>event-dates</c>: dates of a one-time event; explicit day-level dates that differ contradict, anything else differs.</summary>
internal sealed class EventDatesComparer : FactComparer
{
    private static readonly RuleExample[] ExampleRows =
    [
        new("The Harbor Authority voted on May 6, 2031 to sell the pier. || The Harbor Authority voted on May 8, 2031 to sell the pier.", true),
        new("The Harbor Authority voted on May 6, 2031 to sell the pier. || The Harbor Authority voted on May 6, 2031 to sell the pier.", false),
    ];

    public EventDatesComparer()
        : base("event-dates", ["event"], ExampleRows)
    {
    }

    /// <summary>Dates of a one-time event: explicit day-level dates that differ contradict; anything else differs.</summary>
    protected override void Compare(DetectionScope scope, AlignedFact fact)
    {
        var dated = fact.Claims.Where(c => !c.Negated)
            .SelectMany(c => c.Arguments.Where(a => a.Role == ArgumentRoles.Time && DateKey.Parse(a.Value, a.Text, scope.Lexicon) is { Month: not null }).Select(a => (Claim: c, Arg: a, Key: DateKey.Parse(a.Value, a.Text, scope.Lexicon)!)))
            .ToArray();
        var groups = DateKey.Group(dated.Select(d => d.Key).ToArray());
        var docs = dated.Select(d => d.Claim.Document).Distinct(StringComparer.Ordinal).Count();
        if (groups.Count < 2 || docs < 2)
        {
            return;
        }

        var predicates = fact.Claims.Select(c => c.ValueOf(ArgumentRoles.Predicate)).Distinct(StringComparer.Ordinal).Count();
        var explicitDays = dated.All(d => d.Key.Day is not null && d.Key.Explicit);
        var severity = explicitDays && predicates == 1 ? Severity.Contradiction : Severity.Difference;
        var what = Shorten(fact.Claims[0].Text);
        var datesText = DetectionScope.List(groups.Select(g => $"{g.Display} ({string.Join(", ", dated.Where(d => g.Matches(d.Key)).Select(d => d.Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})"));
        scope.Add(FindingKind.Date, severity, severity == Severity.Contradiction ? 0.7 : 0.45,
            $"Outlets give different dates for the same event (\u201C{what}\u201D): {datesText}.",
            fact.Claims.SelectMany(ClaimFrames.KeyEntities),
            dated.Select(d => scope.Evidence(d.Claim.Document, d.Arg.Start, d.Arg.End, d.Arg.Value)), fact.Id);
    }

    private static string Shorten(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= 90 ? t : string.Concat(t.AsSpan(0, 89), "\u2026");
    }
}
