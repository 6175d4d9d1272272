using FactCheck.Entities;
using FactCheck.Ingestion;

namespace FactCheck.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static IReadOnlyList<EntityMention> Recognize(string text) => Recognizer.Recognize(EntityTestSupport.Lines("doc", text));

    private static EntityMention Single(IReadOnlyList<EntityMention> mentions, string name) =>
        mentions.Should().ContainSingle(m => m.Name == name, $"'{name}' should be recognized once among: {string.Join(", ", mentions.Select(m => m.Name))}").Subject;

    [Test]
    public void Recognize_TitleBeforeName_StripsTitleFromNameAndKeepsItAsRole()
    {
        var text = "Attorney General Marta Quill said the review would end soon.";
        var m = Single(Recognize(text), "Marta Quill");

        m.Type.Should().Be(EntityType.Person);
        m.Text.Should().Be("Marta Quill", "the mention is the name; the title is its role");
        text[m.Start..m.End].Should().Be("Marta Quill");
        m.Role!.Text.Should().Be("Attorney General");
        text[m.Role.Start..m.Role.End].Should().Be("Attorney General");
    }

    [Test]
    public void Recognize_PartyStateTags_SetAffiliationAndCode()
    {
        var mentions = Recognize("Sen. Ada Brinkley, D-Minn., and Rep. Cole Hartigan (R-CA) signed the letter.");

        var ada = Single(mentions, "Ada Brinkley");
        ada.Affiliation.Should().Be("D-Minn.");
        ada.AffiliationCode.Should().Be("D-MN");
        ada.Role!.Text.Should().Be("Sen.");
        Single(mentions, "Cole Hartigan").AffiliationCode.Should().Be("R-CA");
        mentions.Should().NotContain(m => m.Name.StartsWith("D-", StringComparison.Ordinal) || m.Name.StartsWith("R-", StringComparison.Ordinal));
    }

    [Test]
    public void Recognize_StatePartyApposition_SetsAffiliationAndPlace()
    {
        var mentions = Recognize("Rep. Lionel Aburto, a Maryland Democrat and the ranking member of the House Oversight Committee, objected.");

        var p = Single(mentions, "Lionel Aburto");
        p.Affiliation.Should().Be("a Maryland Democrat");
        p.AffiliationCode.Should().Be("D-MD");
        Single(mentions, "Maryland").Type.Should().Be(EntityType.Place);
        Single(mentions, "House Oversight Committee").Type.Should().Be(EntityType.Organization);
    }

    [Test]
    public void Recognize_AppositionAfterName_BecomesRoleAndMakesAPerson()
    {
        var text = "Tessaly Moreau, a spokeswoman for the agency, declined to comment.";
        var m = Single(Recognize(text), "Tessaly Moreau");

        m.Type.Should().Be(EntityType.Person);
        m.Role!.Text.Should().Be("a spokeswoman for the agency");
    }

    [Test]
    public void Recognize_RolePhraseBeforeName_KeepsQualifierInRoleAndEmitsOrganization()
    {
        var text = "White House spokeswoman Dana Whitlock said the meeting was routine.";
        var mentions = Recognize(text);

        var m = Single(mentions, "Dana Whitlock");
        m.Role!.Text.Should().Be("White House spokeswoman");
        Single(mentions, "White House").Type.Should().Be(EntityType.Organization);
    }

    [Test]
    public void Recognize_BackwardApposition_BecomesRole()
    {
        var m = Single(Recognize("The company's chief economist, Rafe Lindqvist, warned of a slowdown."), "Rafe Lindqvist");
        m.Role!.Text.Should().Be("The company's chief economist");
    }

    [Test]
    public void Recognize_Possessive_MentionExcludesApostrophe()
    {
        var text = "Okonjo's plan and Reyes' budget were debated by Ines Okonjo and Tomas Reyes.";
        var mentions = Recognize(text);

        mentions.Should().Contain(m => m.Text == "Okonjo" && m.Start == 0 && m.Type == EntityType.Person);
        mentions.Should().Contain(m => m.Text == "Reyes" && m.Type == EntityType.Person);
    }

    [Test]
    public void Recognize_AllCapsDateline_IsPlace()
    {
        var m = Single(Recognize("KYIV (Eastbridge Wire) - Officials reported new damage overnight."), "KYIV");
        m.Type.Should().Be(EntityType.Place);
    }

    [Test]
    public void Recognize_SentenceInitialWordsMonthsAndWeekdays_AreNotEntities()
    {
        var mentions = Recognize("However, nothing changed.\nWatch the video below.\nOn Monday the board met in March.\nSign up for our newsletter.");
        mentions.Should().BeEmpty();
    }

    [Test]
    public void Recognize_GroupNounsAndDemonymAdjectives_AreNotPeople()
    {
        var mentions = Recognize("Democrats said Russian officials had met the Russians in Russia.");

        mentions.Should().ContainSingle();
        mentions[0].Name.Should().Be("Russia");
        mentions[0].Type.Should().Be(EntityType.Place);
    }

    [Test]
    public void Recognize_OrganizationHeadsAndOfPhrases_AreOrganizations()
    {
        var mentions = Recognize("The Budget Committee asked the Department of Energy and Halvard Airlines for records.");

        Single(mentions, "Budget Committee").Type.Should().Be(EntityType.Organization);
        Single(mentions, "Department of Energy").Type.Should().Be(EntityType.Organization);
        Single(mentions, "Halvard Airlines").Type.Should().Be(EntityType.Organization);
    }

    [Test]
    public void Recognize_InitialsAndParticles_StayInsideTheName()
    {
        var mentions = Recognize("Judge Mary K. Ortiz met Ludo van der Berg and Karim al-Hassan on Friday.");

        Single(mentions, "Mary K. Ortiz").Role!.Text.Should().Be("Judge");
        Single(mentions, "Ludo van der Berg").Type.Should().Be(EntityType.Person);
        Single(mentions, "Karim al-Hassan").Type.Should().Be(EntityType.Person);
    }

    [Test]
    public void Recognize_HeadlineLine_YieldsOnlyNamesKnownFromTheBody()
    {
        var text = "Brisco Faces Questions Over Budget Shortfall In Ohio\n\nMayor Ellen Brisco said the shortfall was smaller than feared.";
        var mentions = Recognize(text);

        mentions.Where(m => m.Start < text.IndexOf('\n', StringComparison.Ordinal)).Select(m => m.Name)
            .Should().BeEquivalentTo(["Brisco", "Ohio"]);
        mentions.Should().NotContain(m => m.Name.Contains("Questions", StringComparison.Ordinal) || m.Name.Contains("Budget", StringComparison.Ordinal));
    }

    [Test]
    public void Recognize_NoSentences_FallsBackToRegions()
    {
        var text = "Intro line.\nGov. Petra Lind spoke in Denver.";
        var doc = new AnalyzedDocument(new SourceDocument("d", text)) { Regions = [new TextSpan(12, text.Length)] };

        var mentions = Recognizer.Recognize(doc);

        mentions.Select(m => m.Name).Should().Equal("Petra Lind", "Denver");
    }

    [Test]
    public void Recognize_SurnameAfterFullName_IsTypedPersonFromTheDocument()
    {
        var mentions = Recognize("Coach Ingvar Dahl praised the defense. Later Dahl left early.");
        mentions.Where(m => m.Name == "Dahl").Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Test]
    public void Recognize_EveryMention_IndexesTheOriginalText()
    {
        var text = "“Thanks,” said Sen.  Rowan Pike (D-Vt.) in Washington’s Union Station, as Pike’s aide, Ivo Marsh, watched.";
        var mentions = Recognize(text);

        mentions.Should().NotBeEmpty();
        foreach (var m in mentions)
        {
            text[m.Start..m.End].Should().Be(m.Text);
            if (m.Role is { } r)
            {
                text[r.Start..r.End].Should().Be(r.Text);
            }
        }

        mentions.Select(m => m.Start).Should().BeInAscendingOrder();
    }

    [Test]
    public void Recognize_ManyThreads_GiveTheSameResult()
    {
        var doc = EntityTestSupport.Lines("d", "Gov. Petra Lind met Rep. Cole Hartigan (R-CA) and the Budget Committee in Denver.");
        var expected = Recognizer.Recognize(doc);
        var results = new IReadOnlyList<EntityMention>[16];
        Parallel.For(0, results.Length, i => results[i] = Recognizer.Recognize(doc));
        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }

    [Test]
    public void Recognize_LongText_TakesLinearTime()
    {
        var sentence = "Gov. Petra Lind met Rep. Cole Hartigan (R-CA) and the Budget Committee in Denver on Monday. ";
        var small = EntityTestSupport.Lines("s", string.Concat(Enumerable.Repeat(sentence, 200)));
        var large = EntityTestSupport.Lines("l", string.Concat(Enumerable.Repeat(sentence, 4000)));
        Recognizer.Recognize(small);

        var sw = System.Diagnostics.Stopwatch.StartNew();
        var mentions = Recognizer.Recognize(large);
        sw.Stop();

        mentions.Count.Should().Be(4000 * 4);
        // Generous bound for a shared machine; a per-token scan of the whole text would be quadratic here.
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }
}
