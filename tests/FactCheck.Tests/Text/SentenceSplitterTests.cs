using System.Diagnostics;
using FactCheck.Text;

namespace FactCheck.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]).Select(s => s.Text).ToArray();

    [TestCase("Sen. Mara Olsen spoke first. Then Rep. Ned Park replied.", 2)]
    [TestCase("Gov. Ames met Gen. Holt and Lt. Cruz. Dr. Wu, Mr. Lee, Mrs. Ray and Ms. Fox stayed home.", 2)]
    [TestCase("Capt. Rios and Maj. Stone met Brig. Gen. Tate at St. Paul. It rained.", 2)]
    [TestCase("Sen. Tom Ruiz, D-Minn., said no. Rep. Lyn Cho, R-Calif., agreed.", 2)]
    [TestCase("Sen. Ada K. Brand (D-Vt.) asked twice. She got no reply.", 2)]
    [TestCase("The vote is set for Feb. 1 in Montpelier. Nobody expects surprises.", 2)]
    [TestCase("Officials in the U.S. and in Washington, D.C. disagreed. The talks ended.", 2)]
    [TestCase("Prices rose 2.5 percent in 2016. They fell 0.3 percent later.", 2)]
    [TestCase("He paused... Then he left. She waited \u2026 and waited.", 3)]
    [TestCase("The firm moved to Burlington, Vt. The move was quick.", 2)]
    [TestCase("Eli Ward Jr. said little. Ward Jr. The End.", 3)]
    public void Split_AbbreviationsAndNumbers_SplitsOnlyAtRealEnds(string text, int expected)
    {
        Split(text).Should().HaveCount(expected);
    }

    [Test]
    public void Split_InitialsInName_DoNotSplit()
    {
        Split("Sen. Ada K. Brand asked. Judge Lee C. Moss answered.")
            .Should().Equal("Sen. Ada K. Brand asked.", "Judge Lee C. Moss answered.");
    }

    [Test]
    public void Split_SentenceEndingInsideClosingQuotes_IncludesTheQuote()
    {
        Split("She said \"it is over.\" Then she left. He called it \u201Cdone.\u201D Nobody argued.")
            .Should().Equal("She said \"it is over.\"", "Then she left.", "He called it \u201Cdone.\u201D", "Nobody argued.");
    }

    [Test]
    public void Split_QuestionInsideQuoteFollowedBySaid_DoesNotSplit()
    {
        Split("\u201CWhy now?\u201D he asked. \"Because,\" she said.")
            .Should().Equal("\u201CWhy now?\u201D he asked.", "\"Because,\" she said.");
    }

    [Test]
    public void Split_DatelineAndEmDash_StayInOneSentence()
    {
        Split("PORTLAND (AP) - The mayor \u2014 who had been away \u2014 returned. Crowds cheered.")
            .Should().Equal("PORTLAND (AP) - The mayor \u2014 who had been away \u2014 returned.", "Crowds cheered.");
    }

    [Test]
    public void Split_BulletLines_AreSentencesWithoutTheMarker()
    {
        Split("Summary:\n  \u2022 The dam held.\n  \u2022 Two roads closed\n  * Schools open\n1. First item")
            .Should().Equal("Summary:", "The dam held.", "Two roads closed", "Schools open", "First item");
    }

    [Test]
    public void Split_WrappedLines_JoinAndParagraphsSplit()
    {
        Split("The council met late\nand voted at midnight.\n\nA Headline Without Period\nThe next paragraph.")
            .Should().Equal("The council met late\nand voted at midnight.", "A Headline Without Period", "The next paragraph.");
    }

    [Test]
    public void Split_LowercaseAfterPeriod_DoesNotSplit()
    {
        Split("She demanded a vote. citing the rules, she left.").Should().HaveCount(1);
    }

    [Test]
    public void Split_Regions_NeverCrossAndIndexesRunThroughDocument()
    {
        const string text = "First region. Two sentences.\n\nSkipped chrome\n\nSecond region here.";
        var r1 = new TextSpan(0, text.IndexOf('\n'));
        var s2 = text.IndexOf("Second", StringComparison.Ordinal);
        var result = new SentenceSplitter().Split(text, [r1, new TextSpan(s2, text.Length)]);
        result.Select(s => s.Index).Should().Equal(0, 1, 2);
        result.Select(s => s.Text).Should().Equal("First region.", "Two sentences.", "Second region here.");
    }

    [Test]
    public void Split_CrlfText_OffsetsRoundTrip()
    {
        const string text = "Line one ends.\r\nLine two ends. And more.\r\n\r\nLast.";
        var result = new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]);
        result.Select(s => s.Text).Should().Equal("Line one ends.", "Line two ends.", "And more.", "Last.");
        result.Should().OnlyContain(s => text.Substring(s.Start, s.End - s.Start) == s.Text);
    }

    [Test]
    public void Split_Seeds_OffsetsRoundTripAndKnownTrapsHold()
    {
        Support.Seeds.RequireAvailable();
        foreach (var doc in Support.Seeds.All())
        {
            var sentences = new SentenceSplitter().Split(doc.Text, [new TextSpan(0, doc.Text.Length)]);
            sentences.Should().NotBeEmpty();
            sentences.Should().OnlyContain(s => doc.Text.Substring(s.Start, s.End - s.Start) == s.Text && s.Text.Trim() == s.Text);
            sentences.Should().NotContain(s => s.Text.EndsWith(" J.", StringComparison.Ordinal) || s.Text.EndsWith("Sen.", StringComparison.Ordinal) || s.Text.EndsWith("U.S.", StringComparison.Ordinal) && s.Text.Length < 20);
        }
    }

    [Test]
    public void Split_RandomText_OffsetsAlwaysRoundTrip()
    {
        var rng = new Random(7);
        const string alphabet = "ab Cd. E?!\u201C\u201D\"'\n\r\u2022 1.2 Sen. U.S. \u2026";
        for (var n = 0; n < 300; n++)
        {
            var chars = Enumerable.Range(0, rng.Next(0, 200)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray();
            var text = new string(chars);
            var result = new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]);
            result.Count(s => text.Substring(s.Start, s.End - s.Start) != s.Text || s.Text.Length == 0).Should().Be(0);
            result.Zip(result.Skip(1)).Count(p => p.First.End > p.Second.Start).Should().Be(0);
        }
    }

    [Test]
    public void Split_MegabyteLineWithoutPunctuation_CutsIntoBoundedSentences()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 200_000)) + string.Concat(Enumerable.Repeat("a.", 100_000));
        var result = new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]);
        result.Should().HaveCountGreaterThan(400);
        result.Max(s => s.Text.Length).Should().BeLessThanOrEqualTo(SentenceSplitter.MaxSentenceLength);
        result[0].Start.Should().Be(0);
        result[^1].End.Should().BeGreaterThan(text.Length - 10);
    }

    [Test]
    public void Split_RegionOutsideText_Throws()
    {
        var act = () => new SentenceSplitter().Split("short", [new TextSpan(0, 99)]);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
