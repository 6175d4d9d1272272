using FactCheck.Reporting;
using FactCheck.Tests.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Tests;

public class FactCheckOptionsTests
{
    private static readonly Lazy<ConsistencyReport> Everything = new(() => FactChecker.CreateDefault().Check(SampleStoryReport.Documents()));

    private static ConsistencyReport CheckWith(Action<FactCheckOptions> configure) =>
        new FactCheckerBuilder().Configure(configure).Build().Check(SampleStoryReport.Documents());

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Test]
    public void Defaults_EveryKindOn_NoConfidenceFloor()
    {
        var o = new FactCheckOptions();
        o.MinConfidence.Should().Be(0);
        o.DisabledKinds.Should().BeEmpty();
        Enum.GetValues<FindingKind>().Should().OnlyContain(k => o.IsEnabled(k));
    }

    [Test]
    public void Check_KindSwitchedOff_LeavesOutExactlyThatKind()
    {
        var all = Everything.Value.Findings;
        var kind = all.GroupBy(f => f.Kind).OrderByDescending(g => g.Count()).First().Key;
        all.Select(f => f.Kind).Distinct().Should().HaveCountGreaterThan(1, "the sample has several kinds");

        var report = CheckWith(o => o.DisabledKinds.Add(kind));

        report.Findings.Should().NotContain(f => f.Kind == kind);
        report.Findings.Select(f => f.Id).Should().Equal(all.Where(f => f.Kind != kind).Select(f => f.Id));
        report.Facts.Should().HaveCount(Everything.Value.Facts.Count, "switches filter findings only");
    }

    [Test]
    public void Check_MinConfidence_LeavesOutFindingsBelowIt()
    {
        var all = Everything.Value.Findings;
        var levels = all.Select(f => f.Confidence).Distinct().Order().ToList();
        levels.Should().HaveCountGreaterThan(1, "the sample's findings differ in confidence");
        var floor = levels[levels.Count / 2];

        var report = CheckWith(o => o.MinConfidence = floor);

        report.Findings.Select(f => f.Id).Should().Equal(all.Where(f => f.Confidence >= floor).Select(f => f.Id));
        report.Findings.Count.Should().BeLessThan(all.Count);
    }

    [TestCase(-0.1)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void Build_MinConfidenceOutOfRange_ThrowsNamingTheOptionAndRange(double value)
    {
        var act = () => new FactCheckerBuilder().Configure(o => o.MinConfidence = value).Build();
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("FactCheckOptions.MinConfidence must be from 0 to 1*")
            .Which.ParamName.Should().Be("MinConfidence");
    }

    [Test]
    public void Build_UndefinedKind_ThrowsListingTheKinds()
    {
        var act = () => new FactCheckerBuilder().Configure(o => o.DisabledKinds.Add((FindingKind)99)).Build();
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*DisabledKinds*spelling, date, number, quote-wording*");
    }

    [Test]
    public void Build_OptionsChangedAfterBuild_DoNotAffectTheChecker()
    {
        FactCheckOptions? options = null;
        var builder = new FactCheckerBuilder().Configure(o => options = o);
        var checker = builder.Build();
        options!.DisabledKinds.UnionWith(Enum.GetValues<FindingKind>());
        checker.Check(SampleStoryReport.Documents()).Findings.Should().HaveCount(Everything.Value.Findings.Count);
    }

    [Test]
    public void Configure_Section_SetsEveryOption()
    {
        var config = Config(
            ("FactCheck:MaxDocumentLength", "1000"),
            ("FactCheck:MaxDocuments", "7"),
            ("FactCheck:MaxDegreeOfParallelism", "1"),
            ("FactCheck:MinConfidence", "0.6"),
            ("FactCheck:Kinds:quote-wording", "false"),
            ("FactCheck:Kinds:Spelling", "False"),
            ("FactCheck:Kinds:date", "true"));
        FactCheckOptions? seen = null;
        new FactCheckerBuilder().Configure(config.GetSection("FactCheck")).Configure(o => seen = o).Build();

        seen!.MaxDocumentLength.Should().Be(1000);
        seen.MaxDocuments.Should().Be(7);
        seen.MaxDegreeOfParallelism.Should().Be(1);
        seen.MinConfidence.Should().Be(0.6);
        seen.DisabledKinds.Should().BeEquivalentTo([FindingKind.QuoteWording, FindingKind.Spelling]);
    }

    [TestCase("FactCheck:MaxDocs", "3", "*'FactCheck:MaxDocs' is not a FactCheck option*MaxDocuments*")]
    [TestCase("FactCheck:MaxDocuments", "many", "*'FactCheck:MaxDocuments' = 'many' is not a whole number*")]
    [TestCase("FactCheck:MinConfidence", "0,5", "*'FactCheck:MinConfidence' = '0,5' is not a number*")]
    [TestCase("FactCheck:Kinds:quotes", "false", "*'FactCheck:Kinds:quotes' is not a finding kind*quote-wording*")]
    [TestCase("FactCheck:Kinds:date", "off", "*'FactCheck:Kinds:date' = 'off' is not true or false*")]
    public void Configure_BadSection_ThrowsNamingTheKey(string key, string value, string message)
    {
        var act = () => new FactCheckerBuilder().Configure(Config((key, value)).GetSection("FactCheck"));
        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Test]
    public void AddFactCheck_ConfigurationSection_BindsOptionsAndValidatesOnResolution()
    {
        var good = Config(("FactCheck:Kinds:quote-wording", "false"), ("FactCheck:MaxDocuments", "50"));
        using (var provider = new ServiceCollection().AddFactCheck(good.GetSection("FactCheck")).BuildServiceProvider())
        {
            var report = provider.GetRequiredService<FactChecker>().Check(SampleStoryReport.Documents());
            report.Findings.Should().NotContain(f => f.Kind == FindingKind.QuoteWording);
            Everything.Value.Findings.Should().Contain(f => f.Kind == FindingKind.QuoteWording, "the switch had something to remove");
        }

        var bad = Config(("FactCheck:MinConfidence", "2"));
        using var badProvider = new ServiceCollection().AddFactCheck(bad.GetSection("FactCheck")).BuildServiceProvider();
        var act = () => badProvider.GetRequiredService<FactChecker>();
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MinConfidence must be from 0 to 1; it is 2*");
    }
}
