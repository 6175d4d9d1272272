using FactCheck;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Conflicts;

namespace MyNewsroom;

/// <summary>A note when some outlets say how often two people met and others do not.</summary>
public sealed class ContactCountCoverage : FactComparer
{
    public ContactCountCoverage()
        : base("contact-count-coverage", ["contact"],
        [
            new("Ines Calder met Viktor Sorel once. || Ines Calder met Viktor Sorel.", true),
            new("Ines Calder met Viktor Sorel once. || Ines Calder met Viktor Sorel only once.", false),
        ])
    {
    }

    protected override void Compare(DetectionScope scope, AlignedFact fact)
    {
        var counted = fact.Claims.Where(c => c.ValueOf(ArgumentRoles.Count) is not null).ToArray();
        var silent = fact.StatedIn.Except(counted.Select(c => c.Document)).ToArray();
        if (counted.Length == 0 || silent.Length == 0)
        {
            return;
        }

        var who = DetectionScope.List(ClaimFrames.KeyEntities(fact.Claims[0]).Select(scope.NameOf));
        scope.Add(FindingKind.Date, Severity.Note, 0.3,
            $"Only some outlets say how often {who} met; {DetectionScope.List(silent)} do not.",
            ClaimFrames.KeyEntities(fact.Claims[0]),
            counted.Select(c => c.Arguments.First(a => a.Role == ArgumentRoles.Count))
                .Zip(counted, (a, c) => scope.Evidence(c.Document, a.Start, a.End, a.Value)),
            fact.Id);
    }
}

public static class RegistrySample
{
    public static FactChecker Build()
    {
        var builder = new FactCheckerBuilder();
        builder.Comparers.Add(new ContactCountCoverage());
        return builder.Build();
    }
}
