using FactCheck.Conflicts;
using FactCheck.Ingestion;
using FactCheck.Rules;

namespace FactCheck.Tests.Rules;

/// <summary>
/// Runs every registered conflict comparer's own examples: each example is two small documents ("a || b") checked by
/// the default checker; a positive example must yield a finding citing the example's rule, a negative one must not.
/// </summary>
public class ComparerExampleTests
{
    private static readonly FactChecker Checker = FactChecker.CreateDefault();

    /// <summary>One case per example of every default comparer, named by the rule.</summary>
    public static IEnumerable<TestCaseData> Examples() =>
        ConflictComparers.CreateDefault().SelectMany(c => c.Examples.Select((e, i) =>
            new TestCaseData(c.Name, e).SetName($"Comparer_{c.Name}_{(e.Fires ? "fires" : "silent")}_{i}")));

    [TestCaseSource(nameof(Examples))]
    public void Comparer_OwnExample_FiresOrStaysSilentAsWritten(string comparer, RuleExample example)
    {
        var rule = example.Expected ?? comparer;
        var report = Checker.Check(Documents(example.Text));
        var rules = report.Findings.Select(f => f.Rule).ToArray();
        if (example.Fires)
        {
            rules.Should().Contain(rule, "the example should fire {0}", rule);
        }
        else
        {
            rules.Should().NotContain(rule);
        }
    }

    [Test]
    public void CreateDefault_EveryComparer_HasANameAPositiveAndANegativeExample()
    {
        var comparers = ConflictComparers.CreateDefault();
        comparers.Should().NotBeEmpty();
        foreach (var c in comparers)
        {
            c.Name.Should().MatchRegex("^[a-z]+(-[a-z]+)*$");
            c.Examples.Should().Contain(e => e.Fires, c.Name);
            c.Examples.Should().Contain(e => !e.Fires, c.Name);
        }
    }

    [Test]
    public void Comparers_RemovedByName_NoLongerProduceFindings()
    {
        var text = ConflictComparers.CreateDefault().Single(c => c.Name == "numbers").Examples.First(e => e.Fires).Text;
        var builder = new FactCheckerBuilder();
        builder.Comparers.Remove("numbers").Should().BeTrue();
        builder.Build().Check(Documents(text)).Findings.Should().NotContain(f => f.Rule == "numbers");
        Checker.Check(Documents(text)).Findings.Should().Contain(f => f.Rule == "numbers");
    }

    [Test]
    public void Comparers_AddedComparer_RunsAndItsFindingsCiteIt()
    {
        var builder = new FactCheckerBuilder();
        builder.Comparers.Add(new EveryFactComparer());
        var report = builder.Build().Check(Documents("Ines Calder met Viktor Sorel in April. || Ines Calder met Viktor Sorel in April."));
        report.Findings.Should().Contain(f => f.Rule == "every-fact" && f.Kind == FindingKind.Characterization);
        var act = () => builder.Comparers.Add(new EveryFactComparer());
        act.Should().Throw<ArgumentException>().WithMessage("*every-fact*");
    }

    /// <summary>"a || b" as two documents published the same day.</summary>
    internal static SourceDocument[] Documents(string text) =>
        text.Split("||", StringSplitOptions.TrimEntries)
            .Select((t, i) => new SourceDocument(((char)('a' + i)).ToString(), t) { Published = new DateOnly(2031, 5, 6), PublishedBasis = PublishedBasis.Metadata })
            .ToArray();

    /// <summary>A test comparer: a note on every contact fact two documents state.</summary>
    private sealed class EveryFactComparer : FactComparer
    {
        public EveryFactComparer()
            : base("every-fact", ["contact"], [])
        {
        }

        protected override void Compare(DetectionScope scope, FactCheck.Alignment.AlignedFact fact) =>
            scope.Add(FindingKind.Characterization, Severity.Note, 0.1, "Stated twice.", [], fact.Evidence, fact.Id);
    }
}
