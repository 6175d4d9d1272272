using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Rules;

namespace FactCheck.Conflicts;

/// <summary>
/// The same event described with incompatible verbs (fired / resigned / forced out; confirmed / denied): registered
/// as <c>departure-manner</c> (how someone left) and <c>event-class</c> (what kind of event it was).
/// </summary>
internal sealed class CharacterizationComparer : FactComparer
{
    private static readonly RuleExample[] DepartureRows =
    [
        new("Deputy director Karl Moss was fired on Monday. || Karl Moss resigned on Monday, the agency said.", true),
        new("Karl Moss resigned on Monday. || Moss stepped down on Monday.", false),
    ];

    private static readonly RuleExample[] EventRows =
    [
        new("The Harbor Authority approved the sale of the pier on Monday. || The Harbor Authority rejected the sale of the pier on Monday.", true),
        new("The Harbor Authority approved the sale of the pier on Monday. || The Harbor Authority approved the sale of the pier on Monday, officials said.", false),
    ];

    private readonly string _role;

    /// <param name="name">The comparer's name.</param>
    /// <param name="frame">The frame whose facts it compares.</param>
    /// <param name="role">The argument role holding the characterization class.</param>
    public CharacterizationComparer(string name, string frame, string role)
        : base(name, [frame], role == "manner" ? DepartureRows : EventRows)
    {
        _role = role;
    }

    /// <summary>The same event described with incompatible verbs (fired / resigned / forced out; confirmed / denied).</summary>
    protected override void Compare(DetectionScope scope, AlignedFact fact)
    {
        var role = _role;
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

        var entities = fact.Claims.SelectMany(ClaimFrames.KeyEntities).Distinct(StringComparer.Ordinal).ToArray();
        var who = DetectionScope.List(entities.Select(scope.NameOf));
        var words = DetectionScope.List(items.GroupBy(x => x.Arg.Text.ToLowerInvariant(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"\u201C{g.First().Arg.Text}\u201D ({string.Join(", ", g.Select(x => x.Claim.Document + (x.Claim.Quoted ? " quoting" : string.Empty)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))})"));
        var summary = role == "manner"
            ? $"Outlets characterize how {who} left differently: {words}."
            : $"Outlets describe the same event about {who} in incompatible terms: {words}.";
        scope.Add(FindingKind.Characterization, severity, severity == Severity.Contradiction ? 0.7 : 0.65, summary, entities,
            items.Select(x => scope.Evidence(x.Claim.Document, x.Arg.Start, x.Arg.End, x.Arg.Value + (x.Claim.Quoted ? " (in a quote)" : string.Empty))), fact.Id);
    }
}
