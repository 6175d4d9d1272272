using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Rules;

namespace FactCheck.Tests.Rules;

/// <summary>Runs every registered claim frame's own examples, and checks that alignment and comparison meet only through the aligner's output.</summary>
public class FrameExampleTests
{
    private static readonly FactChecker Checker = FactChecker.CreateDefault();

    /// <summary>One case per example of every default frame, named by the frame.</summary>
    public static IEnumerable<TestCaseData> Examples() =>
        ClaimFrames.CreateDefault().SelectMany(f => f.Examples.Select((e, i) =>
            new TestCaseData(f.Name, e).SetName($"Frame_{f.Name}_{(e.Fires ? "fires" : "silent")}_{i}")));

    [TestCaseSource(nameof(Examples))]
    public void Frame_OwnExample_YieldsAClaimOfTheFrameOrNone(string frame, RuleExample example)
    {
        var facts = Checker.Check(ComparerExampleTests.Documents(example.Text)).Facts;
        if (example.Fires)
        {
            facts.Should().Contain(f => f.Frame == frame && f.Rule == frame);
        }
        else
        {
            facts.Should().NotContain(f => f.Frame == frame);
        }
    }

    [Test]
    public void CreateDefault_EveryFrame_HasRolesKeyEntitiesAndBothKindsOfExample()
    {
        foreach (var f in ClaimFrames.CreateDefault())
        {
            f.Roles.Should().NotBeEmpty(f.Name);
            f.Examples.Should().Contain(e => e.Fires, f.Name).And.Contain(e => !e.Fires, f.Name);
            ClaimFrames.Find(f.Name).Should().NotBeNull();
        }

        ClaimFrames.Find("contact")!.Triggers.Should().Contain("met");
    }

    [Test]
    public void KeyEntities_DemandWithoutAgent_FallsBackToTheAddressee()
    {
        var withAgent = new Claim("a#0.0", "a", 0, 0, 10, "demand", "x",
            [new(ArgumentRoles.Agent, "A", 0, 1, "person:a"), new(ArgumentRoles.Patient, "B", 2, 3, "person:b")]);
        var withoutAgent = withAgent with { Arguments = [new(ArgumentRoles.Patient, "B", 2, 3, "person:b")] };
        ClaimFrames.KeyEntities(withAgent).Should().Equal("person:a");
        ClaimFrames.KeyEntities(withoutAgent).Should().Equal("person:b");
    }

    [Test]
    public void UseClaimAligner_Replacement_IsWhatTheConflictStageCompares()
    {
        var docs = ComparerExampleTests.Documents("Ines Calder met Viktor Sorel in April. || Karl Moss met Mara Quist in June.");
        var standard = Checker.Check(docs);
        standard.Findings.Should().NotContain(f => f.Rule == "event-counting", "the default aligner keeps two different pairs of people apart");

        var merged = new FactCheckerBuilder().UseClaimAligner(new OneContactAligner()).Build().Check(docs);
        merged.Facts.Should().ContainSingle().Which.Rule.Should().Be("one-contact");
        merged.Findings.Should().ContainSingle(f => f.Rule == "event-counting")
            .Which.Evidence.Select(e => e.Value).Should().BeEquivalentTo(["2031-04", "2030-06"]);
    }

    /// <summary>A replacement aligner: every contact claim in one fact, whoever it is about.</summary>
    private sealed class OneContactAligner : IClaimAligner
    {
        public IReadOnlyList<AlignedFact> Align(IReadOnlyList<Claim> claims, IReadOnlyList<AnalyzedDocument> documents, EntityResolution entities, CancellationToken cancellationToken = default)
        {
            var contact = claims.Where(c => c.Frame == "contact").OrderBy(c => c.Document, StringComparer.Ordinal).ToArray();
            var stated = contact.Select(c => c.Document).Distinct(StringComparer.Ordinal).ToArray();
            var evidence = contact.Select(c => new Evidence(c.Document, c.Text, c.Start, c.End, null)).ToArray();
            return [new AlignedFact("fact:all-contacts", "contact", "Contacts.", FactStatus.Complementary, stated, [], evidence) { Claims = contact, Rule = "one-contact" }];
        }
    }
}
