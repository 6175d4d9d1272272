using FactCheck.Ingestion;
using FactCheck.Tests.Support;
using FactCheck.Text;

namespace FactCheck.Tests.Text;

public class BoilerplateRemoverTests
{
    private static IReadOnlyList<TextLine> Clean(string text, int bodyStart = 0) =>
        new BoilerplateRemover().Clean([new SourceDocument("t", text) { BodyStart = bodyStart }])[0];

    [Test]
    public void Clean_OwnFixtures_DropDetectionFAtLeast095AndNoReportingDropped()
    {
        var pages = BoilerplateLabels.Pages().ToList();
        pages.Should().HaveCountGreaterThanOrEqualTo(5);
        var total = new DropScore(0, 0, 0, []);
        foreach (var page in pages)
        {
            var s = BoilerplateLabels.Score([page], new BoilerplateRemover());
            total = new DropScore(total.TruePositives + s.TruePositives, total.FalsePositives + s.FalsePositives, total.FalseNegatives + s.FalseNegatives, [.. total.Errors, .. s.Errors]);
        }

        TestContext.Out.WriteLine($"fixtures: {total}");
        total.FalsePositives.Should().Be(0, total.ToString());
        total.F.Should().BeGreaterThanOrEqualTo(0.95, total.ToString());
    }

    [Test]
    public void Clean_Seeds_DropDetectionFAtLeast095AndNoReportingDropped()
    {
        Seeds.RequireAvailable();
        var labels = BoilerplateLabels.SeedLabels();
        var cluster = Seeds.All().Select(d => (d, labels[d.Id[..3]])).ToList();
        var score = BoilerplateLabels.Score(cluster, new BoilerplateRemover());
        TestContext.Out.WriteLine($"seeds: {score}");
        score.FalsePositives.Should().Be(0, score.ToString());
        score.F.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
    }

    [Test]
    public void Clean_EveryLine_OffsetsExcludeTerminatorsAndCoverTheText()
    {
        const string text = "Title line\r\n\r\nA sentence here.\nSkip to content\r\nLast.\n";
        var lines = Clean(text);
        lines.Select(l => text[l.Start..l.End]).Should().Equal("Title line", "", "A sentence here.", "Skip to content", "Last.", "");
        lines.Should().OnlyContain(l => !text.Substring(l.Start, l.End - l.Start).Contains('\n') && !text.Substring(l.Start, l.End - l.Start).Contains('\r'));
    }

    [Test]
    public void Clean_BlankLines_AreNotKeptWithReasonBlank()
    {
        var lines = Clean("One.\n   \nTwo.");
        lines[1].Should().Be(new TextLine(5, 8, false, "blank"));
    }

    [Test]
    public void Clean_HeaderLines_AreDroppedAsHeader()
    {
        const string text = "Outlet: Some Paper\n\nThe body sentence.";
        var lines = Clean(text, bodyStart: text.IndexOf("The", StringComparison.Ordinal));
        lines[0].Reason.Should().Be("header");
        lines[2].Kept.Should().BeTrue();
    }

    [TestCase("Skip to main content", "chrome-phrase")]
    [TestCase("3. Skip to navigation", "chrome-phrase")]
    [TestCase("Image: Jo Park/Agency", "photo-credit")]
    [TestCase("Northfield Gazette Northfield Gazette", "doubled")]
    [TestCase("Senior Night Editor:", "label-stub")]
    [TestCase("  \u2022 Author:", "label-stub")]
    [TestCase("By Rosa Lind and Tim Oke", "byline")]
    [TestCase("Friday, July 8, 2022 | Archive", "timestamp")]
    [TestCase("News | Sport | Weather", "navigation")]
    [TestCase("ab,cd/ef (Agency One, Agency Two)", "credit")]
    [TestCase("If you like what we do, please support our newsroom today.", "appeal")]
    [TestCase("Watch the council debate here:", "chrome-phrase")]
    public void Clean_ChromeLine_IsDroppedWithReason(string line, string reason)
    {
        var lines = Clean("A headline\n\n" + line + "\n\nThe council met on Monday and voted to repave the road.");
        lines[2].Kept.Should().BeFalse();
        lines[2].Reason.Should().Be(reason);
        lines[4].Kept.Should().BeTrue();
    }

    [TestCase("The strike continues.")]
    [TestCase("  \u2022 Two roads were closed overnight.")]
    [TestCase("By Friday, the union had called off the strike.")]
    [TestCase("\"We will not back down, and our members know it,\" the union leader said.")]
    [TestCase("Published reports said the mayor would resign.")]
    public void Clean_ShortOrTrickyReporting_IsKept(string line)
    {
        var lines = Clean("A headline\n\nFirst paragraph of the story is here.\n\n" + line + "\n\nAnother paragraph follows.");
        lines[4].Kept.Should().BeTrue();
    }

    [Test]
    public void Clean_RunOfShortLines_IsDroppedButBulletListKept()
    {
        const string text = "Body sentence one.\n\nMost Read\nDog wins show\nRoad closed downtown\nNew mayor sworn in\n\nClosures:\n  \u2022 Elm Street\n  \u2022 Oak Avenue\n  \u2022 Pine Road";
        var lines = Clean(text);
        lines.Skip(2).Take(4).Should().OnlyContain(l => !l.Kept);
        lines.Skip(8).Should().OnlyContain(l => l.Kept && l.Reason == "bullet");
    }

    [Test]
    public void Clean_CaptionAboveCredit_IsDropped()
    {
        var lines = Clean("Story sentence.\n\nVolunteers fill sandbags by the river.\nPhoto: Ana Cole / Daily\n\nMore story.");
        lines[2].Reason.Should().Be("caption");
        lines[3].Reason.Should().Be("photo-credit");
    }

    [Test]
    public void Clean_LineRepeatedAcrossDocuments_IsDropped()
    {
        var docs = new[]
        {
            new SourceDocument("a", "Local Desk Picks\n\nThe first story sentence."),
            new SourceDocument("b", "Local Desk Picks\n\nThe second story sentence."),
        };
        var result = new BoilerplateRemover().Clean(docs);
        result[0][0].Reason.Should().Be("repeated");
        result[1][0].Reason.Should().Be("repeated");
    }

    [Test]
    public void Clean_FirstKeptLineWithoutPunctuation_IsHeadlineLaterOnesSubheads()
    {
        var lines = Clean("Bridge Reopens After Repairs\n\nThe bridge reopened on Monday.\n\nWhat comes next\n\nThe council meets again.");
        lines[0].Reason.Should().Be("headline");
        lines[2].Reason.Should().Be("sentence");
        lines[4].Reason.Should().Be("subhead");
    }

    // The scan replaced the regex below; it must decide exactly as the regex did.
    [TestCase("ap/jd (photo)")]
    [TestCase("rtr,ab(")]
    [TestCase("abcd/efgh \u00A0 (x")]
    [TestCase("abcde/fg (")]
    [TestCase("ab/cdefg (")]
    [TestCase("ab (")]
    [TestCase("ab/ (")]
    [TestCase("ab//cd (")]
    [TestCase("ab/cd")]
    [TestCase("ab/cd x (")]
    [TestCase("Ab/cd (")]
    [TestCase("ab/c\u00E9 (")]
    [TestCase("a,b/c,d\t(")]
    [TestCase("")]
    public void IsCreditInitials_AnyLine_DecidesAsTheRegex(string line)
    {
        var regex = System.Text.RegularExpressions.Regex.IsMatch(line, @"^[a-z]{1,4}(?:[,/][a-z]{1,4})+\s*\(", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        BoilerplateRemover.IsCreditInitials(line).Should().Be(regex);
    }
}
