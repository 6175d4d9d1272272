using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary>
/// <c>event-counting</c>: distinct dates for a contact are complementary when the outlets' stated count covers them,
/// a contradiction when every stating side says it happened once, a difference otherwise.
/// </summary>
internal sealed class EventCountingComparer : FactComparer
{
    private static readonly RuleExample[] ExampleRows =
    [
        new("Ines Calder met Viktor Sorel once, in April. || Ines Calder met Viktor Sorel only once, in June.", true),
        new("Ines Calder met Viktor Sorel in April. || Ines Calder met Viktor Sorel in June.", true),
        new("Ines Calder met Viktor Sorel in April. || Ines Calder met Viktor Sorel in April.", false),
    ];

    public EventCountingComparer()
        : base("event-counting", ["contact"], ExampleRows)
    {
    }

    /// <summary>
    /// Event counting decides dates: distinct dates for a contact are complementary when the outlets' stated
    /// count covers them, a contradiction when every stating side says it happened once, a difference otherwise.
    /// </summary>
    protected override void Compare(DetectionScope scope, AlignedFact fact)
    {
        var claims = fact.Claims.Where(c => !c.Negated).ToArray();
        var counts = claims.Select(c => c.ValueOf(ArgumentRoles.Count)).Where(v => v is not null).Select(v => ParseCount(v!)).ToArray();
        var dated = claims
            .SelectMany(c => c.Arguments.Where(a => a.Role == ArgumentRoles.Time && DateKey.Parse(a.Value, a.Text, scope.Lexicon) is { Month: not null }).Select(a => (Claim: c, Arg: a, Key: DateKey.Parse(a.Value, a.Text, scope.Lexicon)!)))
            .ToArray();
        var groups = DateKey.Group(dated.Select(d => d.Key).ToArray());
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

        var who = DetectionScope.List(ClaimFrames.KeyEntities(fact.Claims[0]).Select(scope.NameOf));
        var evidence = dated.Select(d => scope.Evidence(d.Claim.Document, d.Arg.Start, d.Arg.End, d.Arg.Value)).ToList();
        var docsPerDate = groups.Select(g => dated.Where(d => g.Matches(d.Key)).Select(d => d.Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()).ToArray();
        var datesText = DetectionScope.List(groups.Select((g, i) => $"{g.Display} ({string.Join(", ", docsPerDate[i])})"));

        // A contradiction needs every side to say it happened once; otherwise there may have been several meetings.
        var onceDocs = claims.Where(c => c.ValueOf(ArgumentRoles.Count) is { } v && ParseCount(v) is { Value: 1, Bound: null }).Select(c => c.Document).ToHashSet(StringComparer.Ordinal);
        var everySideOnce = maxCount == 1 && docsPerDate.All(docs => docs.Any(onceDocs.Contains));
        var entities = ClaimFrames.KeyEntities(fact.Claims[0]);
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

    private static (double Value, string? Bound) ParseCount(string value)
    {
        var plus = value.IndexOf('+', StringComparison.Ordinal);
        var number = double.Parse(plus < 0 ? value : value[..plus], CultureInfo.InvariantCulture);
        return (number, plus < 0 ? null : value[(plus + 1)..]);
    }
}
