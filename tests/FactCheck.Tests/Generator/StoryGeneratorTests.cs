using FactCheck.StoryGenerator;

namespace FactCheck.Tests.Generator;

public class StoryGeneratorTests
{
    [Test]
    public void Generate_SameSeed_GivesIdenticalTextAndTruth()
    {
        var a = StoryGenerator.StoryGenerator.Generate(12, 42);
        var b = StoryGenerator.StoryGenerator.Generate(12, 42);
        a.Documents.Select(d => d.Text).Should().Equal(b.Documents.Select(d => d.Text));
        a.Documents.Select(d => d.Published).Should().Equal(b.Documents.Select(d => d.Published));
        a.Truth.Findings.Select(Describe).Should().Equal(b.Truth.Findings.Select(Describe));
    }

    [Test]
    public void Generate_KnownSeed_StartsWithPinnedHeader()
    {
        // Pins the algorithm: a change to SplitMix64 or the vocabulary shows up here, not as silent drift in benchmarks.
        var story = StoryGenerator.StoryGenerator.Generate(3, 7);
        var first = story.Documents[0].Text;
        first.Should().StartWith("Outlet: The Harbour Ledger\nDate: ");
        StoryGenerator.StoryGenerator.Generate(3, 7).Documents[2].Text.Should().Be(story.Documents[2].Text);
    }

    [Test]
    public void Generate_DifferentSeeds_GiveDifferentStories()
    {
        var a = StoryGenerator.StoryGenerator.Generate(5, 1);
        var b = StoryGenerator.StoryGenerator.Generate(5, 2);
        a.Documents[0].Text.Should().NotBe(b.Documents[0].Text);
    }

    [Test]
    public void SplitMix64_FirstOutputs_MatchReferenceAlgorithm()
    {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var rng = new SplitMix64(0);
        rng.NextUInt64().Should().Be(0xE220A8397B1DCDAFUL);
        rng.NextUInt64().Should().Be(0x6E789E6AA1B965F4UL);
    }

    [TestCase(5UL)]
    [TestCase(11UL)]
    [TestCase(2024UL)]
    public void Generate_EveryInjectedDiscrepancy_AppearsInItsDocuments(ulong seed)
    {
        var story = StoryGenerator.StoryGenerator.Generate(6, seed);
        var byId = story.Documents.ToDictionary(d => d.Id);
        story.Truth.Findings.Select(f => f.Kind).Should().BeEquivalentTo(new[]
        {
            FindingKind.Spelling, FindingKind.Date, FindingKind.Number, FindingKind.QuoteWording,
            FindingKind.Attribution, FindingKind.RoleTitle, FindingKind.StanceCoverage, FindingKind.PublicationDate,
        });
        foreach (var f in story.Truth.Findings)
        {
            f.OddDocuments.Should().NotBeEmpty();
            foreach (var id in f.OddDocuments)
            {
                var doc = byId[id];
                switch (f.Kind)
                {
                    case FindingKind.PublicationDate:
                        doc.Published!.Value.ToString("yyyy-MM-dd").Should().Be(f.OddValue);
                        doc.Text.Should().Contain("Date: " + f.OddValue);
                        break;
                    case FindingKind.Attribution:
                        doc.Text.Should().Contain(f.Subject + Close(doc.Text) + ", " + f.OddValue + " said.");
                        break;
                    case FindingKind.StanceCoverage:
                        doc.Text.Should().Contain("called for an independent investigation").And.NotContain("to resign");
                        break;
                    case FindingKind.RoleTitle:
                        doc.Text.Should().Contain(f.OddValue + " " + f.Subject);
                        break;
                    default:
                        doc.Text.Should().Contain(f.OddValue);
                        break;
                }
            }

            foreach (var id in f.CommonDocuments)
            {
                var text = byId[id].Text;
                switch (f.Kind)
                {
                    case FindingKind.Spelling:
                    case FindingKind.Date:
                    case FindingKind.QuoteWording:
                        text.Should().Contain(f.CommonValue).And.NotContain(f.OddValue);
                        break;
                    case FindingKind.Number:
                        text.Should().Contain(f.CommonValue + " aides");
                        break;
                    case FindingKind.StanceCoverage:
                        text.Should().Contain("to resign");
                        break;
                    case FindingKind.RoleTitle:
                        text.Should().Contain(f.CommonValue + " ").And.NotContain(f.OddValue);
                        break;
                    default:
                        break;
                }
            }
        }
    }

    [Test]
    public void Generate_NonConflicts_AreInTheTextAndNeverOdd()
    {
        var story = StoryGenerator.StoryGenerator.Generate(8, 99);
        var quote = story.Truth.NonConflicts.Single(n => n.Kind == FindingKind.QuoteWording);
        story.Documents.Should().OnlyContain(d => d.Text.Contains(quote.Values[0]));
        var bounds = story.Truth.NonConflicts.Single(n => n.Kind == FindingKind.Number);
        story.Documents.Should().OnlyContain(d => bounds.Values.Any(v => d.Text.Contains("at least " + v + " lawmakers")));
        var meetings = story.Truth.NonConflicts.Single(n => n.Kind == FindingKind.Date);
        meetings.Values.Should().HaveCount(2).And.OnlyHaveUniqueItems();
    }

    [Test]
    public void Generate_LargeStoryWithShare_InjectsIntoAMinority()
    {
        var story = StoryGenerator.StoryGenerator.Generate(200, 3, new StoryOptions { OddShare = 0.05 });
        story.Documents.Should().HaveCount(200);
        story.Documents.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        story.Truth.Findings.Should().OnlyContain(f => f.OddDocuments.Count == 10);
    }

    [Test]
    public void Generate_SingleArticle_InjectsNothing()
    {
        var story = StoryGenerator.StoryGenerator.Generate(1, 3);
        story.Truth.Findings.Should().BeEmpty();
        story.Documents.Should().ContainSingle();
    }

    [Test]
    public void Generate_BodyStart_FollowsTheHeader()
    {
        foreach (var d in StoryGenerator.StoryGenerator.Generate(4, 8).Documents)
        {
            d.Text[..d.BodyStart].Should().StartWith("Outlet: ").And.EndWith("\n\n");
            d.Title.Should().NotBeNullOrEmpty();
            d.Text.Should().Contain("Title: " + d.Title + "\n");
        }
    }

    private static string Close(string text) => text.Contains('\u201D') ? "\u201D" : "\"";

    private static string Describe(ExpectedFinding f) => $"{f.Kind}|{f.Subject}|{f.CommonValue}|{f.OddValue}|{string.Join(",", f.OddDocuments)}";
}
