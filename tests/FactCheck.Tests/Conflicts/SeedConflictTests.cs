using FactCheck.Alignment;
using FactCheck.Conflicts;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Conflicts;

/// <summary>
/// End-to-end pins of issue 5's "Done when" list on the reference seeds: every item is its own test, so a
/// regression names the exact finding that went missing. Tests may know the seed people; src/ may not.
/// </summary>
public class SeedConflictTests
{
    private const string Doc000 = "000_d95c8ebea67dc7a1";
    private const string Doc001 = "001_895827c842e48538";
    private const string Doc002 = "002_ae326d258984ad75";
    private const string Doc003 = "003_0f8dea6f116c928e";
    private const string Doc004 = "004_5e607fb1a638b74a";

    private static readonly Lazy<ConsistencyReport> SharedReport = new(() => FactChecker.CreateDefault().Check(DocumentLoader.Load(Seeds.Directory)));

    private static ConsistencyReport Report
    {
        get
        {
            Seeds.RequireAvailable();
            return SharedReport.Value;
        }
    }

    private static IEnumerable<Finding> Findings(FindingKind kind) => Report.Findings.Where(f => f.Kind == kind);

    private static IEnumerable<Stance> StancesOf(string surname) =>
        Report.Stances.Where(s => s.Entity.EndsWith("-" + surname, StringComparison.Ordinal));

    [Test]
    public void Check_Seeds_KislyakMisspelledKislayakIn000_IsSpelling()
    {
        Findings(FindingKind.Spelling).Should().Contain(f =>
            f.Evidence.Any(e => e.Document == Doc000 && e.Text == "Kislayak")
            && f.Entities.Contains("person:sergey-kislyak"));
    }

    [Test]
    public void Check_Seeds_KislyakMisspelledKisylakIn004_IsSpelling()
    {
        Findings(FindingKind.Spelling).Should().Contain(f =>
            f.Evidence.Any(e => e.Document == Doc004 && e.Text.Contains("Kisylak", StringComparison.Ordinal))
            && f.Entities.Contains("person:sergey-kislyak"));
    }

    [Test]
    public void Check_Seeds_OnlyTheTwoMisspellings_AreSpellingFindings()
    {
        Findings(FindingKind.Spelling).Should().HaveCount(2);
    }

    [Test]
    public void Check_Seeds_MeetingsInJulyAndSeptember_AreComplementaryNotADateContradiction()
    {
        var meeting = Report.Facts.Single(f => f.Frame == "contact"
            && f.Summary.Contains("Kislyak", StringComparison.Ordinal)
            && f.Summary.Contains("Sessions", StringComparison.Ordinal));

        meeting.Status.Should().Be(FactStatus.Complementary);
        meeting.Summary.Should().Contain("2016-07").And.Contain("2016-09");
        Findings(FindingKind.Date).Should().NotContain(f => f.Severity == Severity.Contradiction);
    }

    [Test]
    public void Check_Seeds_Doubted2024PageDateOf000_IsPublicationDateFinding()
    {
        Report.Documents.Single(d => d.Id == Doc000).PublishedDoubted.Should().BeTrue();
        Findings(FindingKind.PublicationDate).Should().Contain(f =>
            f.Evidence.Any(e => e.Document == Doc000 && e.Value == "2024-05-23"));
    }

    [Test]
    public void Check_Seeds_AnVersusAnyInTheDenialQuote_IsQuoteWording()
    {
        var finding = Findings(FindingKind.QuoteWording).Single(f => f.Evidence.Any(e => e.Document == Doc000 && e.Value == "an"));

        finding.Entities.Should().Contain("person:jeff-sessions");
        finding.Evidence.Should().Contain(e => e.Value == "any" && e.Document != Doc000);
        finding.Severity.Should().Be(Severity.Difference);
    }

    [Test]
    public void Check_Seeds_CummingsQuoteWithExtraWordsIn000_IsQuoteWording()
    {
        var finding = Findings(FindingKind.QuoteWording).Single(f => f.Entities.Contains("person:elijah-cummings"));

        finding.Evidence.Select(e => e.Document).Should().Contain([Doc000, Doc003]);
        finding.Evidence.Single(e => e.Document == Doc000).Value.Should().Contain("more");
    }

    [Test]
    public void Check_Seeds_NamedSpokeswomanVersusAnonymousWhiteHouseOfficial_IsAttribution()
    {
        var finding = Findings(FindingKind.Attribution).Single();

        finding.Entities.Should().Contain("person:sarah-huckabee-sanders");
        finding.Evidence.Should().Contain(e => e.Document == Doc000 && e.Value == "Sarah Huckabee Sanders");
        finding.Evidence.Should().Contain(e => e.Document == Doc003 && e.Value != "Sarah Huckabee Sanders");
    }

    [Test]
    public void Check_Seeds_FloresJusticeDepartmentVersusSessionsSpokeswoman_IsRoleTitleDifference()
    {
        var finding = Findings(FindingKind.RoleTitle).Single(f => f.Entities.Contains("person:sarah-isgur-flores"));

        finding.Severity.Should().Be(Severity.Difference);
        finding.Evidence.Should().Contain(e => e.Document == Doc001 && e.Value!.Contains("justice department", StringComparison.Ordinal));
        finding.Evidence.Should().Contain(e => e.Document == Doc002 && e.Value!.Contains("sessions", StringComparison.Ordinal));
    }

    [Test]
    public void Check_Seeds_MoreSpecificTitles_AreOnlyNotes()
    {
        Findings(FindingKind.RoleTitle)
            .Where(f => f.Entities.Contains("person:jeff-sessions") || f.Entities.Contains("person:nancy-pelosi"))
            .Should().NotBeEmpty().And.OnlyContain(f => f.Severity == Severity.Note);
    }

    [Test]
    public void Check_Seeds_FlynnFiredResignedOusted_IsCharacterization()
    {
        var finding = Findings(FindingKind.Characterization).Single(f => f.Entities.Contains("person:michael-flynn"));

        var texts = finding.Evidence.Select(e => e.Text).ToList();
        texts.Should().Contain("fired").And.Contain("resigned").And.Contain("ouster");
        finding.Evidence.Select(e => e.Document).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [TestCase("leahy")]
    [TestCase("schiff")]
    [TestCase("franken")]
    public void Check_Seeds_SenatorsAndRepresentativeCallingForRecusal_AreInTheStanceMatrix(string surname)
    {
        StancesOf(surname).Should().Contain(s => s.Demand == "recuse" && !s.Conditional);
    }

    [TestCase("pelosi")]
    [TestCase("cummings")]
    [TestCase("warren")]
    public void Check_Seeds_DemocratsCallingForResignation_AreInTheStanceMatrix(string surname)
    {
        StancesOf(surname).Should().Contain(s => s.Demand == "resign");
    }

    [Test]
    public void Check_Seeds_IssaRecusalIfACrimeIsAlleged_IsAConditionalStance()
    {
        StancesOf("issa").Should().ContainSingle().Which.Should().Match<Stance>(s =>
            s.Demand == "recuse" && s.Conditional && s.Document == Doc002);
    }

    [Test]
    public void Check_Seeds_LeahyCallForASpecialCounsel_IsInTheStanceMatrix()
    {
        StancesOf("leahy").Should().Contain(s => s.Demand == "special-counsel" && s.Document == Doc000);
    }

    [Test]
    public void Check_Seeds_IndependentCommissionCalls_AreInTheStanceMatrix()
    {
        StancesOf("cummings").Where(s => s.Demand == "independent-commission").Select(s => s.Document)
            .Should().BeEquivalentTo([Doc000, Doc003]);
        StancesOf("pelosi").Should().Contain(s => s.Demand == "independent-commission" && s.Document == Doc004);
    }

    [Test]
    public void Check_Seeds_StanceEvidence_IndexesTheOriginalText()
    {
        var report = Report;
        var texts = Seeds.All().ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        foreach (var stance in report.Stances)
        {
            var e = stance.Evidence;
            texts[e.Document].Substring(e.Start, e.End - e.Start).Should().Be(e.Text);
        }
    }

    [Test]
    public void Check_Seeds_PelosiCommissionOnlyIn004_IsStanceCoverageDifference()
    {
        var finding = Findings(FindingKind.StanceCoverage).Single(f => f.Entities.Contains("person:nancy-pelosi"));

        finding.Severity.Should().Be(Severity.Difference);
        finding.Summary.Should().Contain("independent commission").And.Contain(Doc004);
    }

    [Test]
    public void Check_Seeds_OutletsSilentOnLeahyAndFrankenDemands_AreStanceCoverageNotes()
    {
        var coverage = Findings(FindingKind.StanceCoverage).ToList();

        coverage.Should().Contain(f => f.Entities.Contains("person:patrick-j-leahy") && f.Severity == Severity.Note);
        coverage.Should().Contain(f => f.Entities.Contains("person:al-franken") && f.Severity == Severity.Note
            && f.Evidence.Any(e => e.Document == Doc002));
    }

    [Test]
    public void Check_Seeds_004ParaphraseOfFrankensConditionalQuestion_IsCharacterizationContradiction()
    {
        var finding = Findings(FindingKind.Characterization).Single(f => f.Severity == Severity.Contradiction);

        finding.Entities.Should().Contain("person:al-franken");
        finding.Evidence.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(e => e.Document == Doc004);
        finding.Evidence.Should().Contain(e => e.Value!.StartsWith("conditional question", StringComparison.Ordinal));
    }

    [Test]
    public void Check_Seeds_TheMisstatedQuestion_IsTheOnlyContradiction()
    {
        Report.Findings.Where(f => f.Severity == Severity.Contradiction)
            .Should().ContainSingle().Which.Kind.Should().Be(FindingKind.Characterization);
    }

    [Test]
    public void Check_Seeds_EveryFindingEvidence_IndexesTheOriginalText()
    {
        var report = Report;
        var texts = Seeds.All().ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        foreach (var e in report.Findings.SelectMany(f => f.Evidence))
        {
            texts[e.Document].Substring(e.Start, e.End - e.Start).Should().Be(e.Text);
        }

        Report.Findings.Select(f => f.Id).Should().OnlyHaveUniqueItems();
    }
}
