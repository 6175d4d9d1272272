using FactCheck.Text;

namespace FactCheck.Tests.Text;

public class TextFoldingTests
{
    [Test]
    public void Fold_AccentsCaseAndCurlyQuotes_AreFolded()
    {
        TextFolding.Fold("Zoë “Ångström” — Café").Should().Be("zoe \"angstrom\" - cafe");
    }

    // Code units, not strings: attribute strings cannot carry a lone surrogate intact.
    [TestCase(0xFFFE)]
    [TestCase(0xFFFF)]
    [TestCase(0xFDD0)]
    [TestCase(0xD800)]
    [TestCase(0xDC00)]
    public void Fold_NoncharacterOrLoneSurrogateNextToAccent_ReplacesItAndStillFolds(int bad)
    {
        TextFolding.Fold("É" + (char)bad + "x").Should().Be("e\uFFFDx");
    }

    // The span fold normalizes run by run; it must agree with the whole-text fold on every kind of text.
    [TestCase("Plain ASCII `Title` Case")]
    [TestCase("Zoë “Ångström” — Café…")]
    [TestCase("e\u0301 a\u0300\u0323 combining marks after ASCII, o\u0308\u0301 stacked")]
    [TestCase("\u1E0B\u0323 reordered marks, \uD55C\uAD6D Hangul, \u0390 Greek, \u00A9 sign")]
    [TestCase("\u0301 leading mark, \u00A0 no-break space, Ǆ digraph, İstanbul")]
    [TestCase("\U0001D400 math letter, 😀 emoji after é")]
    public void FoldSpan_AnyText_EqualsFold(string text)
    {
        TextFolding.FoldSpan(text).Should().Be(TextFolding.Fold(text));
    }

    [TestCase(0xFFFE)]
    [TestCase(0xD800)]
    [TestCase(0xDC00)]
    public void FoldSpan_InvalidCodeUnitBetweenAccents_EqualsFold(int bad)
    {
        var text = "Á" + (char)bad + "é x" + (char)bad;
        TextFolding.FoldSpan(text).Should().Be(TextFolding.Fold(text));
    }

    [Test]
    public void TryFoldSimple_CurlyQuotesAndCapitals_FoldsLikeFold()
    {
        Span<char> folded = stackalloc char[16];
        TextFolding.TryFoldSimple("“May” `X`", folded).Should().BeTrue();
        folded[..9].ToString().Should().Be(TextFolding.Fold("“May” `X`"));
        TextFolding.TryFoldSimple("Café", folded).Should().BeFalse();
    }
}
