using FactCheck.Text;

namespace FactCheck.Tests.Text;

public class TokenizerTests
{
    [Test]
    public void Tokenize_MixedText_GivesKindsOffsetsAndFoldedForms()
    {
        const string text = "Sen. Jos\u00E9 O\u2019Neil (D-Minn.) said \u201Cno\u201D to 1,000 U.S. troops, 2.5%.";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Should().OnlyContain(t => text.Substring(t.Start, t.End - t.Start) == t.Text);
        tokens.Select(t => t.Text).Should().Equal(
            "Sen", ".", "Jos\u00E9", "O\u2019Neil", "(", "D-Minn", ".", ")", "said", "\u201C", "no", "\u201D", "to", "1,000", "U.S.", "troops", ",", "2.5", "%", ".");
        tokens.Single(t => t.Text == "Jos\u00E9").Folded.Should().Be("jose");
        tokens.Single(t => t.Text == "O\u2019Neil").Folded.Should().Be("o'neil");
        tokens.Single(t => t.Text == "\u201C").Folded.Should().Be("\"");
        tokens.Single(t => t.Text == "1,000").Kind.Should().Be(TokenKind.Number);
        tokens.Single(t => t.Text == "U.S.").Kind.Should().Be(TokenKind.Word);
        tokens.Single(t => t.Text == "%").Kind.Should().Be(TokenKind.Punctuation);
    }

    [Test]
    public void Tokenize_Range_UsesOriginalOffsets()
    {
        const string text = "skip this. Keep that";
        var tokens = Tokenizer.Tokenize(text, 11, text.Length);
        tokens.Select(t => (t.Text, t.Start)).Should().Equal(("Keep", 11), ("that", 16));
    }

    [Test]
    public void Tokenize_TrailingApostropheAndHyphen_AreNotPartOfWord()
    {
        Tokenizer.Tokenize("members' -well").Select(t => t.Text).Should().Equal("members", "'", "-", "well");
    }
}
