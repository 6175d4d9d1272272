using FactCheck.Text;

namespace FactCheck.Tests.Text;

public class SentenceLengthCapTests
{
    [Test]
    public void Split_TextWithoutPunctuation_IsCutAtWhitespaceBelowTheCap()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 5_000)).TrimEnd();
        var sentences = new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]);

        sentences.Should().HaveCountGreaterThan(1);
        sentences.Should().OnlyContain(s => s.End - s.Start <= SentenceSplitter.MaxSentenceLength);
        sentences.Should().OnlyContain(s => s.Text == text.Substring(s.Start, s.End - s.Start) && !s.Text.StartsWith(' ') && !s.Text.EndsWith(' '));
        string.Join(' ', sentences.Select(s => s.Text)).Should().Be(text, "cutting must not lose or duplicate words");
    }

    [Test]
    public void Split_LongRunWithoutWhitespace_IsCutHardAtTheCap()
    {
        var text = new string('x', (SentenceSplitter.MaxSentenceLength * 2) + 10);
        var sentences = new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]);

        sentences.Select(s => s.End - s.Start).Should().Equal(SentenceSplitter.MaxSentenceLength, SentenceSplitter.MaxSentenceLength, 10);
    }

    [Test]
    public void Split_OrdinaryLongSentence_IsNotCut()
    {
        var text = "The committee, which met for eleven hours, " + string.Concat(Enumerable.Repeat("heard from witnesses and ", 40)) + "then adjourned.";
        text.Length.Should().BeLessThan(SentenceSplitter.MaxSentenceLength);
        new SentenceSplitter().Split(text, [new TextSpan(0, text.Length)]).Should().ContainSingle();
    }
}
