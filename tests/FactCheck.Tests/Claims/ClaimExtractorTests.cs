using FactCheck.Claims;

namespace FactCheck.Tests.Claims;

public class ClaimExtractorTests
{
    private static HandDoc Story(string text) => new HandDoc("ledger", text)
        .Person("Lena Varga", "person:lena-varga").Person("Varga", "person:lena-varga")
        .Person("Tomas Reyes", "person:tomas-reyes").Person("Reyes", "person:tomas-reyes")
        .Person("Ada Finch", "person:ada-finch").Person("Finch", "person:ada-finch")
        .Person("Ben Ortiz", "person:ben-ortiz").Person("Karl Moss", "person:karl-moss").Person("Moss", "person:karl-moss")
        .Person("Nora Quill", "person:nora-quill")
        .Org("Harbor Ledger", "organization:harbor-ledger");

    private static ClaimArgument Arg(Claim c, string role) => c.Arguments.First(a => a.Role == role);

    [Test]
    public void Extract_MetTwiceWithMonths_GivesContactWithCountTwoAndBothMonths()
    {
        var claims = HandCluster.Claims(Story("Mayor Lena Varga met twice with developer Tomas Reyes last spring, once in April and again in June."));
        var contact = claims.Single(c => c.Frame == "contact");
        contact.Arguments.Where(a => a.Role == "participant").Select(a => a.EntityId).Should().BeEquivalentTo(["person:lena-varga", "person:tomas-reyes"]);
        Arg(contact, "count").Value.Should().Be("2");
        contact.Arguments.Where(a => a.Role == "time").Select(a => a.Value).Should().Equal("XXXX-04", "XXXX-06");
        contact.Negated.Should().BeFalse();
    }

    [Test]
    public void Extract_ContactWithoutNames_InheritsParticipantsOfPreviousContactSentence()
    {
        var claims = HandCluster.Claims(Story("Lena Varga held two meetings with Tomas Reyes. The second meeting took place in June."));
        var second = claims.Where(c => c.Frame == "contact").OrderBy(c => c.Sentence).Last();
        second.Sentence.Should().Be(1);
        second.Arguments.Where(a => a.Role == "participant").Select(a => a.EntityId).Should().Contain("person:tomas-reyes");
    }

    [Test]
    public void Extract_CalledOnToResign_GivesDemandWithAgentAndTarget()
    {
        var claims = HandCluster.Claims(Story("Councilwoman Ada Finch called on Varga to resign."));
        var demand = claims.Single(c => c.Frame == "demand");
        Arg(demand, "demand").Value.Should().Be("resign");
        Arg(demand, "agent").EntityId.Should().Be("person:ada-finch");
        Arg(demand, "patient").EntityId.Should().Be("person:lena-varga");
        demand.Conditional.Should().BeFalse();
        claims.Should().NotContain(c => c.Frame == "departure", "a call to resign is not a resignation");
    }

    [Test]
    public void Extract_ShouldRecuseIf_GivesConditionalRecusalDemand()
    {
        var claims = HandCluster.Claims(Story("Council member Ben Ortiz said Varga should recuse herself if the allegations hold up."));
        var demand = claims.Single(c => c.Frame == "demand");
        Arg(demand, "demand").Value.Should().Be("recuse");
        Arg(demand, "agent").EntityId.Should().Be("person:ben-ortiz");
        demand.Conditional.Should().BeTrue();
    }

    [Test]
    public void Extract_QuotedCallForSpecialProsecutor_CreditsTheSpeaker()
    {
        var claims = HandCluster.Claims(Story("\"The city needs a special prosecutor and an independent, nonpartisan commission,\" Finch said."));
        var demands = claims.Where(c => c.Frame == "demand").ToList();
        demands.Select(d => Arg(d, "demand").Value).Should().BeEquivalentTo(["special-counsel", "independent-commission"]);
        demands.Should().OnlyContain(d => d.Quoted && Arg(d, "agent").EntityId == "person:ada-finch");
    }

    [Test]
    public void Extract_WillRecuseMyself_IsNotADemand()
    {
        var claims = HandCluster.Claims(Story("\"I will recuse myself when it is appropriate,\" Varga said."));
        claims.Should().NotContain(c => c.Frame == "demand");
    }

    [TestCase("Deputy Karl Moss was fired last week.", "dismissed")]
    [TestCase("Karl Moss resigned on Friday.", "voluntary")]
    [TestCase("Weeks later Moss was forced to step down.", "forced")]
    [TestCase("The scandal led to Moss's ouster.", "forced")]
    public void Extract_DepartureVerb_GivesDepartureClass(string text, string expected)
    {
        var claims = HandCluster.Claims(Story(text));
        var departure = claims.Single(c => c.Frame == "departure");
        Arg(departure, "patient").EntityId.Should().Be("person:karl-moss");
        Arg(departure, "manner").Value.Should().Be(expected);
    }

    [TestCase("Karl Moss watched as the glider fired its thrusters on Monday.")]
    [TestCase("The design came from retired aerospace engineer Karl Moss and his team.")]
    [TestCase("Karl Moss praised the ousted mayor in a speech.")]
    public void Extract_DepartureWordNotTellingADeparture_GivesNoDepartureClaim(string text)
    {
        var claims = HandCluster.Claims(Story(text));
        claims.Should().NotContain(c => c.Frame == "departure");
    }

    [Test]
    public void Extract_HedgedCreditedCount_RecordsHedgesBoundAndSource()
    {
        var claims = HandCluster.Claims(Story("Varga reportedly met Reyes at least three times, according to the Harbor Ledger."));
        var contact = claims.Single(c => c.Frame == "contact");
        contact.Hedges.Should().Contain(["reportedly", "at least"]);
        contact.CreditedSource.Should().Be("Harbor Ledger");
        Arg(contact, "count").Value.Should().Be("3+lower");
    }

    [Test]
    public void Extract_NeverMet_IsNegated()
    {
        var claims = HandCluster.Claims(Story("Varga never met Reyes."));
        claims.Single(c => c.Frame == "contact").Negated.Should().BeTrue();
    }

    [Test]
    public void Extract_PartOfWhole_GivesQuantityWithScopeAndUnit()
    {
        var claims = HandCluster.Claims(Story("Five of the seven passengers on the boat were from Varga's district."));
        var q = claims.Single(c => c.Frame == "quantity");
        Arg(q, "quantity").Value.Should().Be("5");
        Arg(q, "scope").Value.Should().Be("7");
        Arg(q, "unit").Value.Should().Be("passenger");
    }

    [Test]
    public void Extract_LowerBoundNumber_RecordsBound()
    {
        var claims = HandCluster.Claims(Story("At least 40 people died in the fire near Varga's office."));
        var q = claims.Single(c => c.Frame == "quantity");
        Arg(q, "quantity").Value.Should().Be("40");
        Arg(q, "bound").Value.Should().Be("lower");
        Arg(q, "unit").Value.Should().Be("people");
    }

    [Test]
    public void Extract_TitleBeforeName_GivesRoleClaim()
    {
        var claims = HandCluster.Claims(Story("City Hall spokeswoman Nora Quill said the mayor had done nothing wrong."));
        var role = claims.Single(c => c.Frame == "role");
        Arg(role, "agent").EntityId.Should().Be("person:nora-quill");
        Arg(role, "role").Value.Should().Be("city hall spokeswoman");
    }

    [Test]
    public void Extract_AppositiveRole_GivesRoleClaim()
    {
        var claims = HandCluster.Claims(Story("Nora Quill, a spokeswoman for Varga, declined to comment."));
        var role = claims.Single(c => c.Frame == "role");
        Arg(role, "role").Value.Should().Be("spokeswoman for varga");
    }

    [Test]
    public void Extract_SentenceWithTwoEntitiesAndNoFrame_GivesGenericClaim()
    {
        var claims = HandCluster.Claims(Story("Reyes once worked for Finch at a shipping firm."));
        claims.Should().ContainSingle(c => c.Frame == "generic");
    }

    [Test]
    public void Extract_ClaimIds_AreDocumentSentenceAndIndex()
    {
        var claims = HandCluster.Claims(Story("Nothing here. Councilwoman Ada Finch called on Varga to resign."));
        claims.Select(c => c.Id).Should().Contain("ledger#1.0");
    }

    [Test]
    public void Extract_ImperativeAfterNegatedClause_IsNotNegated()
    {
        var claims = HandCluster.Claims(Story("\"No more excuses, recuse yourself today,\" Finch said."));
        var demand = claims.Single(c => c.Frame == "demand");
        demand.Negated.Should().BeFalse();
        Arg(demand, "agent").EntityId.Should().Be("person:ada-finch");
    }

    [Test]
    public void Extract_PossessiveTitle_KeepsTheOwner()
    {
        var claims = HandCluster.Claims(Story("Varga\u2019s spokeswoman Nora Quill said the claims were false."));
        Arg(claims.Single(c => c.Frame == "role" && Arg(c, "agent").EntityId == "person:nora-quill"), "role").Value.Should().Be("varga spokeswoman");
    }

    [Test]
    public void Extract_CommaBeforeSpeakerName_IsNoTitle()
    {
        var claims = HandCluster.Claims(Story("The mayor spoke to the harbor spokeswoman, Reyes said."));
        claims.Should().NotContain(c => c.Frame == "role");
    }

    [Test]
    public void Extract_ContactSentenceNamingOtherPeople_DoesNotInheritParticipants()
    {
        var claims = HandCluster.Claims(Story("Lena Varga met Tomas Reyes twice. A statement from Finch's office said the mayor held more than 25 meetings with donors."));
        claims.Where(c => c.Frame == "contact").Should().ContainSingle();
    }

    [Test]
    public void Extract_OrganizationDemandsThatPersonResign_OrganizationIsTheAgent()
    {
        var hand = Story("Harbor Ledger, which owns a tenth of the firm, has demanded that Varga resign as chair.");
        var demand = HandCluster.Claims(hand).Single(c => c.Frame == "demand");
        Arg(demand, "agent").EntityId.Should().Be("organization:harbor-ledger");
        Arg(demand, "patient").EntityId.Should().Be("person:lena-varga");
    }

    [Test]
    public void Extract_TheNYearOldOpeningASentence_FiguresAreAboutThePreviousSentencesPerson()
    {
        var claims = HandCluster.Claims(Story("The club signed defender Lena Varga on Monday. The 31-year-old agreed a three-year contract."));
        var figures = claims.Where(c => c.Frame == "quantity" && c.Sentence == 1).ToList();
        figures.Select(c => Arg(c, "unit").Value).Should().BeEquivalentTo(["age", "year"]);
        figures.Select(c => Arg(c, "quantity").Value).Should().BeEquivalentTo(["31", "3"]);
        figures.Should().OnlyContain(c => c.Arguments.Any(a => a.Role == "entity" && a.EntityId == "person:lena-varga"));
    }

    [Test]
    public void Extract_DateAfterTheTriggerNoun_BelongsToTheEvent()
    {
        // "vote" blocks a date from an earlier happening ("met Reyes before the vote on Friday"), not from the vote itself.
        var claims = HandCluster.Claims(Story("The board's vote on Friday to keep Tomas Reyes was its only vote on the matter.").Time("on Friday", "2031-05-09"));
        var vote = claims.Single(c => c.Frame == "event");
        Arg(vote, "predicate").Value.Should().Be("vote");
        Arg(vote, "time").Value.Should().Be("2031-05-09");
    }

    [Test]
    public void Extract_DateAfterAnotherHappeningsNoun_IsNotTheContactsDate()
    {
        var claims = HandCluster.Claims(Story("Lena Varga met Tomas Reyes before the vote on Friday.").Time("on Friday", "2031-05-09"));
        claims.Single(c => c.Frame == "contact").Arguments.Should().NotContain(a => a.Role == "time");
    }

    [Test]
    public void Extract_VoteSplitAndUnanimous_GiveDissentCounts()
    {
        var split = HandCluster.Claims(Story("In a 5-2 decision, the board backed Varga."));
        var unanimous = HandCluster.Claims(Story("The board backed Varga in a unanimous vote."));
        var score = HandCluster.Claims(Story("Varga's team won 3-1 on Sunday."));
        Arg(split.Single(c => c.Frame == "quantity" && Arg(c, "unit").Value == "dissent"), "quantity").Value.Should().Be("2");
        Arg(unanimous.Single(c => c.Frame == "quantity" && Arg(c, "unit").Value == "dissent"), "quantity").Value.Should().Be("0");
        score.Should().NotContain(c => c.Frame == "quantity" && c.Arguments.Any(a => a.Role == "unit" && a.Value == "dissent"), "a match score is not a vote");
    }
}
