using FactCheck.Ingestion;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Tests.Languages;

public class LanguagePackTests
{
    // A toy language: a handful of entries, nothing else. Every list the stages ask for and this pack lacks is empty.
    private static readonly LanguagePack Toy = LanguagePack.Create("Toy", new Dictionary<string, IEnumerable<string>>
    {
        ["months"] = ["brumaire = 3", "thermidor = 7"],
        ["weekdays"] = ["primidi = 1"],
        ["speech-verbs"] = ["zorbled"],
        ["titles"] = ["archon"],
    });

    [Test]
    public void English_HoldsEveryListOnce_WithTagsRemovedFromEntries()
    {
        var en = LanguagePack.English;
        en.Name.Should().Be("English");
        en.ListNames.Should().Contain(["months", "speech-verbs", "titles", "abbreviations", "determiners"]).And.OnlyHaveUniqueItems();
        en.Entries("months").Should().Contain("january = 1");
        en.Entries("speech-verbs").Should().Contain("said").And.NotContain(e => e.Contains('['));
        en.Entries("no-such-list").Should().BeEmpty();
    }

    [Test]
    public void Lines_TaggedEntry_IsReadOnlyByItsStages()
    {
        var pack = LanguagePack.Create("t", new Dictionary<string, IEnumerable<string>>
        {
            ["verbs"] = ["said", "conceded  [entities]", "stated [text claims] # a comment"],
        });

        pack.Lines("verbs", "text").Should().Equal("said", "stated");
        pack.Lines("verbs", "entities").Should().Equal("said", "conceded");
        pack.Lines("verbs", null).Should().Equal("said", "conceded", "stated");
    }

    [Test]
    public void WithAndWithout_AddAndDropEntries_LeavingTheOriginalUnchanged()
    {
        var more = LanguagePack.English.With("titles", "managing editor").Without("months", "may");

        more.Entries("titles").Should().Contain("managing editor");
        more.Map("months", "time").Should().NotContainKey("may").And.ContainKey("june");
        LanguagePack.English.Entries("titles").Should().NotContain("managing editor");
        LanguagePack.English.Map("months", "time").Should().ContainKey("may");
    }

    [Test]
    public void FromDirectory_ReadsListFiles_AndWithDirectoryAddsThem()
    {
        var dir = Directory.CreateTempSubdirectory("factcheck-lang-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "titles.txt"), "# newsroom titles\nmanaging editor\nharbor pilot [entities]\n");
            var pack = LanguagePack.FromDirectory(dir.FullName, "Newsroom");
            pack.Name.Should().Be("Newsroom");
            pack.Entries("titles").Should().Equal("managing editor", "harbor pilot");

            var merged = LanguagePack.English.WithDirectory(dir.FullName);
            merged.Entries("titles").Should().Contain(["president", "managing editor", "harbor pilot"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public void Extract_ToyPack_QuoteStageReadsOnlyThePacksSpeechVerbs()
    {
        static AnalyzedDocument Doc(string text) => new(new SourceDocument("q", text))
        {
            Regions = [new TextSpan(0, text.Length)],
            Sentences = [new Sentence(0, 0, text.Length, text)],
        };

        var said = Doc("\"We will run the ferry again,\" Mara Quill said.");
        var zorbled = Doc("\"We will run the ferry again,\" Mara Quill zorbled.");

        new QuoteExtractor().Extract(said).Single().Speaker!.Text.Should().Be("Mara Quill");
        new QuoteExtractor().Extract(zorbled).Single().Speaker.Should().BeNull();
        new QuoteExtractor(language: Toy).Extract(said).Single().Speaker.Should().BeNull();
        new QuoteExtractor(language: Toy).Extract(zorbled).Single().Speaker!.Text.Should().Be("Mara Quill");
    }

    [Test]
    public void Normalize_ToyPack_TimeStageReadsOnlyThePacksMonths()
    {
        var toyMonth = Time.TimeTestDocs.Doc("t", "The ferry sailed on Thermidor 4, 2017.", published: Time.TimeTestDocs.D("2021-09-16"));
        var englishMonth = Time.TimeTestDocs.Doc("e", "The ferry sailed on July 4, 2017.", published: Time.TimeTestDocs.D("2021-09-16"));

        static string[] Values(FactCheck.Time.TimeNormalizer stage, AnalyzedDocument doc) =>
            [.. stage.Normalize([doc]).Documents[0].Expressions.Select(e => e.Value)];

        var english = new FactCheck.Time.TimeNormalizer();
        var toy = new FactCheck.Time.TimeNormalizer(language: Toy);
        Values(english, englishMonth).Should().Contain("2017-07-04");
        Values(toy, toyMonth).Should().Contain("2017-07-04");
        Values(english, toyMonth).Should().NotContain("2017-07-04");
        Values(toy, toyMonth).Should().Contain("2017-07-04");
        Values(toy, englishMonth).Should().NotContain("2017-07-04");
    }

    [Test]
    public void Recognize_ToyPack_EntityStageReadsOnlyThePacksTitles()
    {
        static AnalyzedDocument Doc(string text) => new(new SourceDocument("n", text))
        {
            Regions = [new TextSpan(0, text.Length)],
            Sentences = [new Sentence(0, 0, text.Length, text)],
        };

        static string[] Found(FactCheck.Entities.EntityRecognizer stage, AnalyzedDocument doc) =>
            [.. stage.Recognize(doc).Select(m => $"{m.Name}|{m.Role?.Text}")];

        var archon = Doc("The ferry was blessed by Archon Mara Quill on Tuesday.");
        var senator = Doc("The ferry was blessed by Senator Mara Quill on Tuesday.");
        var english = new FactCheck.Entities.EntityRecognizer();
        var toy = new FactCheck.Entities.EntityRecognizer(language: Toy);
        Found(english, senator).Should().Contain("Mara Quill|Senator");
        Found(toy, archon).Should().Contain("Mara Quill|Archon");
        Found(english, archon).Should().NotContain("Mara Quill|Archon");
        Found(toy, senator).Should().NotContain("Mara Quill|Senator");
    }

    [Test]
    public void Check_PackWithAnotherContactVerb_ClaimStageReadsOnlyThePack()
    {
        // "met" taken out of the contact list and an invented verb put in: the claim stage follows the builder's pack.
        var language = LanguagePack.English.Without("contact", "met").With("contact", "zorbmet");
        static string[] Frames(FactChecker checker, string text) =>
            [.. checker.Check([new SourceDocument("a", "Harbor talks\n\n" + text + "\n")]).Facts.Select(f => f.Frame)];

        var english = new FactCheckerBuilder().Build();
        var other = new FactCheckerBuilder().UseLanguage(language).Build();
        Frames(english, "Ines Calder met Viktor Sorel at the harbor office on Monday.").Should().Contain("contact");
        Frames(english, "Ines Calder zorbmet Viktor Sorel at the harbor office on Monday.").Should().NotContain("contact");
        Frames(other, "Ines Calder zorbmet Viktor Sorel at the harbor office on Monday.").Should().Contain("contact");
        Frames(other, "Ines Calder met Viktor Sorel at the harbor office on Monday.").Should().NotContain("contact");
    }

    [Test]
    public void Docs_NewsroomExample_AddsASpeechVerb()
    {
        // The worked example of docs/ARCHITECTURE.md ("Language pack"), verbatim:
        // A newsroom's own titles and a speech verb its reporters use, on top of English:
        var language = LanguagePack.English
            .With("titles", "managing editor", "harbor pilot")
            .With("speech-verbs", "mused");
        var checker = new FactCheckerBuilder().UseLanguage(language).Build();

        var docs = new[] { new SourceDocument("a", "Ferry returns\n\n\"The tide is on our side,\" Mara Quill mused on Tuesday.\n") };
        checker.Check(docs).Documents[0].QuoteCount.Should().Be(1);
        var doc = new AnalyzedDocument(docs[0])
        {
            Regions = [new TextSpan(0, docs[0].Text.Length)],
        };
        new QuoteExtractor(language: language).Extract(doc).Single().Speaker!.Text.Should().Be("Mara Quill");
        new QuoteExtractor().Extract(doc).Single().Speaker.Should().BeNull();
        language.Entries("titles").Should().Contain("harbor pilot");
    }
}
