using FactCheck.Alignment;
using FactCheck.Tests.Claims;

namespace FactCheck.Tests.Conflicts;

/// <summary>Each rule on an invented harbour story: the conflict, and a look-alike that is not one.</summary>
public class ConflictDetectorTests
{
    private static HandDoc Doc(string id, string text, DateOnly? published = null) => new HandDoc(id, text, published ?? new DateOnly(2031, 5, 6))
        .Person("Ines Calder", "person:ines-calder").Person("Calder", "person:ines-calder")
        .Person("Viktor Sorel", "person:viktor-sorel").Person("Sorel", "person:viktor-sorel")
        .Person("Karl Moss", "person:karl-moss").Person("Moss", "person:karl-moss")
        .Person("Mara Quist", "person:mara-quist").Person("Quist", "person:mara-quist")
        .Person("Ruth Oyelaran", "person:ruth-oyelaran").Person("Oyelaran", "person:ruth-oyelaran")
        .Org("Harbor Authority", "organization:harbor-authority");

    private static IEnumerable<Finding> Of(FactCheck.Conflicts.ConflictResult r, FindingKind kind) => r.Findings.Where(f => f.Kind == kind);

    [Test]
    public void Detect_MetTwiceWithDifferentMonthsPerOutlet_IsComplementaryNotADateConflict()
    {
        var r = HandCluster.Detect(
            Doc("a", "Ines Calder met Viktor Sorel twice last year."),
            Doc("b", "Calder met Sorel in April at a gala."),
            Doc("c", "Calder met with Sorel again in June, aides said."));
        Of(r, FindingKind.Date).Should().BeEmpty();
        r.Facts.Single(f => f.Frame == "contact").Status.Should().Be(FactStatus.Complementary);
    }

    [Test]
    public void Detect_MetOnceInDifferentMonths_IsDateContradiction()
    {
        var r = HandCluster.Detect(
            Doc("a", "Ines Calder met Viktor Sorel once, in April."),
            Doc("b", "Calder met Sorel only once, in June."));
        var f = Of(r, FindingKind.Date).Single();
        f.Severity.Should().Be(Severity.Contradiction);
        f.Evidence.Select(e => (e.Document, e.Value)).Should().BeEquivalentTo(new[] { ("a", "XXXX-04"), ("b", "XXXX-06") });
        f.Entities.Should().BeEquivalentTo(["person:ines-calder", "person:viktor-sorel"]);
        r.Facts.Single(x => x.Frame == "contact").Status.Should().Be(FactStatus.Contradicting);
    }

    [Test]
    public void Detect_VoteNamedByVerbAndByNounOnDifferentDays_IsADateFinding()
    {
        var r = HandCluster.Detect(
            Doc("a", "The Harbor Authority voted on Tuesday to sell the pier.").Time("on Tuesday", "2031-05-06"),
            Doc("b", "The Harbor Authority's vote on Thursday to sell the pier was its last.").Time("on Thursday", "2031-05-08"));
        var f = Of(r, FindingKind.Date).Single();
        f.Evidence.Select(e => (e.Document, e.Value)).Should().BeEquivalentTo(new[] { ("a", "2031-05-06"), ("b", "2031-05-08") });
        r.Facts.Single(x => x.Frame == "event").StatedIn.Should().Equal("a", "b");
    }

    [Test]
    public void Detect_DifferentMonthsWithoutCount_IsOnlyADifference()
    {
        var r = HandCluster.Detect(
            Doc("a", "Ines Calder met Viktor Sorel in April."),
            Doc("b", "Calder met Sorel in June."));
        Of(r, FindingKind.Date).Single().Severity.Should().Be(Severity.Difference);
    }

    [Test]
    public void Detect_LowerBoundTollsReportedAtDifferentTimes_AreADifference()
    {
        var r = HandCluster.Detect(
            Doc("a", "At least 40 people died in the ferry fire near the Harbor Authority docks.", new DateOnly(2031, 5, 6)),
            Doc("b", "At least 52 people died in the ferry fire near the Harbor Authority docks.", new DateOnly(2031, 5, 7)));
        var f = Of(r, FindingKind.Number).Single();
        f.Severity.Should().Be(Severity.Difference);
        f.Evidence.Select(e => e.Value).Should().BeEquivalentTo(["lower 40", "lower 52"]);
    }

    [Test]
    public void Detect_ExactPartsOfTheSameList_AreANumberContradiction()
    {
        var r = HandCluster.Detect(
            Doc("a", "Three of the passengers aboard the Harbor Authority ferry were French."),
            Doc("b", "Four of the passengers aboard the Harbor Authority ferry were French."));
        Of(r, FindingKind.Number).Single().Severity.Should().Be(Severity.Contradiction);
    }

    [Test]
    public void Detect_SameFigureEverywhere_IsNoNumberFinding()
    {
        var r = HandCluster.Detect(
            Doc("a", "Three of the passengers aboard the Harbor Authority ferry were French."),
            Doc("b", "Three of the passengers aboard the Harbor Authority ferry were French, officials said."));
        Of(r, FindingKind.Number).Should().BeEmpty();
    }

    [Test]
    public void Detect_SameSpeakerQuoteWithSwappedWord_IsQuoteWordingWithTheWords()
    {
        var r = HandCluster.Detect(
            Doc("a", "\"We never signed any secret agreement with the port board,\" Sorel said."),
            Doc("b", "\"We never signed an secret agreement with the port board,\" Sorel said on Tuesday."),
            Doc("c", "Sorel said: \"We never signed any secret agreement with the port board.\""));
        var f = Of(r, FindingKind.QuoteWording).Single();
        f.Severity.Should().Be(Severity.Difference);
        f.Summary.Should().Contain("\u201Can\u201D").And.Contain("\u201Cany\u201D");
        f.Evidence.Select(e => e.Document).Distinct().Should().BeEquivalentTo(["a", "b", "c"]);
    }

    [Test]
    public void Detect_DroppedWordsInsideQuote_AreQuoteWording()
    {
        var r = HandCluster.Detect(
            Doc("a", "\"She kept the contract secret for several more weeks after the vote,\" Sorel said."),
            Doc("b", "\"She kept the contract for several weeks after the vote,\" Sorel said."));
        Of(r, FindingKind.QuoteWording).Single().Summary.Should().Contain("secret more");
    }

    [Test]
    public void Detect_TruncatedButIdenticalQuote_IsNoFinding()
    {
        var r = HandCluster.Detect(
            Doc("a", "\"We never signed any secret agreement with the port board, and we never will,\" Sorel said."),
            Doc("b", "\"We never signed any secret agreement with the port board,\" Sorel said."));
        Of(r, FindingKind.QuoteWording).Should().BeEmpty();
        Of(r, FindingKind.Attribution).Should().BeEmpty();
    }

    [Test]
    public void Detect_NamedSpeakerVersusAnonymousOfficial_IsAttribution()
    {
        var r = HandCluster.Detect(
            Doc("a", "Authority spokeswoman Mara Quist called the report \"a political stunt dreamed up by the opposition benches.\""),
            Doc("b", "\"This is a political stunt dreamed up by the opposition benches,\" an agency official said.").Speaker("This is a political", "an agency official"));
        var f = Of(r, FindingKind.Attribution).Single();
        f.Severity.Should().Be(Severity.Difference);
        f.Summary.Should().Contain("Mara Quist").And.Contain("agency official");
        f.Evidence.Select(e => e.Document).Should().Equal("a", "b");
    }

    [Test]
    public void Detect_SameNamedSpeakerInBothOutlets_IsNoAttribution()
    {
        var r = HandCluster.Detect(
            Doc("a", "Spokeswoman Mara Quist called the report \"a political stunt dreamed up by the opposition benches.\""),
            Doc("b", "\"This is a political stunt dreamed up by the opposition benches,\" Quist said."));
        Of(r, FindingKind.Attribution).Should().BeEmpty();
    }

    [Test]
    public void Detect_FiredVersusResigned_IsCharacterization()
    {
        var r = HandCluster.Detect(
            Doc("a", "Deputy director Karl Moss was fired on Monday."),
            Doc("b", "Karl Moss resigned on Monday, the agency said."));
        var f = Of(r, FindingKind.Characterization).Single();
        f.Severity.Should().Be(Severity.Difference);
        f.Entities.Should().Equal("person:karl-moss");
        f.Evidence.Select(e => e.Value).Should().BeEquivalentTo(["dismissed", "voluntary"]);
    }

    [Test]
    public void Detect_ResignedVersusSteppedDown_IsNoCharacterization()
    {
        var r = HandCluster.Detect(
            Doc("a", "Karl Moss resigned on Monday."),
            Doc("b", "Moss stepped down on Monday."));
        Of(r, FindingKind.Characterization).Should().BeEmpty();
    }

    [Test]
    public void Detect_YesNoParaphraseOfConditionalQuotedQuestion_IsCharacterizationContradiction()
    {
        var r = HandCluster.Detect(Doc("a",
            "At the hearing, Ruth Oyelaran asked if Calder had personally met Sorel during the bidding. " +
            "\"If any board member turns out to have met a bidder during the tender, what will you do?\" Oyelaran asked. " +
            "Calder said she knew of no such meeting."));
        var f = Of(r, FindingKind.Characterization).Single();
        f.Severity.Should().Be(Severity.Contradiction);
        f.Entities.Should().Equal("person:ruth-oyelaran");
        f.Evidence.Should().HaveCount(2);
    }

    [Test]
    public void Detect_YesNoParaphraseOfYesNoQuotedQuestion_IsNoFinding()
    {
        var r = HandCluster.Detect(Doc("a",
            "At the hearing, Ruth Oyelaran asked whether Calder had met Sorel during the bidding. " +
            "\"Did you meet Viktor Sorel at any point during the tender?\" Oyelaran asked."));
        Of(r, FindingKind.Characterization).Should().BeEmpty();
    }

    [Test]
    public void Detect_SameHeadDifferentQualifiers_IsRoleTitleDifference()
    {
        var r = HandCluster.Detect(
            Doc("a", "Harbor Authority spokeswoman Mara Quist said the tender was fair."),
            Doc("b", "A spokeswoman for Calder, Mara Quist, said the tender was fair."));
        var f = Of(r, FindingKind.RoleTitle).Single();
        f.Severity.Should().Be(Severity.Difference);
        f.Entities.Should().Equal("person:mara-quist");
    }

    [Test]
    public void Detect_DifferentHeadsAtTheSameOrganization_IsRoleTitleDifference()
    {
        // The whole pipeline: the titles come from the entity stage's appositions.
        var r = FactChecker.CreateDefault().Check(
        [
            new FactCheck.Ingestion.SourceDocument("a", "The Harbor Safety Board said its lead investigator, Mara Quist, would review the tender."),
            new FactCheck.Ingestion.SourceDocument("b", "The tender was reviewed by the Harbor Safety Board, whose chief inspector, Mara Quist, found no fault."),
        ]);
        var f = r.Findings.Single(x => x.Kind == FindingKind.RoleTitle);
        f.Severity.Should().Be(Severity.Difference);
        f.Entities.Should().Contain("person:mara-quist");
        f.Summary.Should().Contain("investigator").And.Contain("inspector");
    }

    [Test]
    public void Detect_DifferentRolesWithDifferentHeads_AreNotFlagged()
    {
        var r = HandCluster.Detect(
            Doc("a", "Harbor Authority director Ines Calder defended the tender."),
            Doc("b", "Ines Calder, a former senator, defended the tender."));
        Of(r, FindingKind.RoleTitle).Should().BeEmpty();
    }

    [Test]
    public void Detect_OutletsReportDifferentDemands_BuildsMatrixAndStanceCoverage()
    {
        var r = HandCluster.Detect(
            Doc("a", "Senator Ruth Oyelaran called on Calder to resign."),
            Doc("b", "Oyelaran said Calder should recuse herself from the tender review."),
            Doc("c", "Oyelaran toured the docks with Calder on Friday."));
        r.Stances.Select(s => (s.Entity, s.Demand, s.Document)).Should().Equal(
            ("person:ruth-oyelaran", "recuse", "b"),
            ("person:ruth-oyelaran", "resign", "a"));
        var kinds = Of(r, FindingKind.StanceCoverage).ToList();
        kinds.Should().ContainSingle(f => f.Severity == Severity.Difference);
        kinds.Should().ContainSingle(f => f.Severity == Severity.Note && f.Evidence.Any(e => e.Document == "c"));
    }

    [Test]
    public void Detect_OutletsAgreeOnDemand_HaveNoStanceDifference()
    {
        var r = HandCluster.Detect(
            Doc("a", "Senator Ruth Oyelaran called on Calder to resign."),
            Doc("b", "Oyelaran demanded Calder's resignation on Thursday."));
        r.Stances.Should().HaveCount(2);
        Of(r, FindingKind.StanceCoverage).Should().BeEmpty();
    }

    [Test]
    public void Detect_ConditionalDemand_IsMarkedConditional()
    {
        var r = HandCluster.Detect(Doc("a", "Even Oyelaran said Calder should recuse herself if the audit finds a conflict."));
        r.Stances.Single().Conditional.Should().BeTrue();
    }

    [Test]
    public void Detect_SameInput_GivesSameIdsAndOrder()
    {
        HandDoc[] Docs() =>
        [
            Doc("a", "Ines Calder met Viktor Sorel once, in April. Senator Ruth Oyelaran called on Calder to resign."),
            Doc("b", "Calder met Sorel only once, in June. Oyelaran said Calder should recuse herself."),
        ];
        var first = HandCluster.Detect(Docs());
        var second = HandCluster.Detect(Docs().Reverse().ToArray());
        second.Findings.Select(f => f.Id).Should().Equal(first.Findings.Select(f => f.Id));
        first.Findings.Should().OnlyContain(f => f.Evidence.All(e => e.Text.Length > 0));
    }
}
