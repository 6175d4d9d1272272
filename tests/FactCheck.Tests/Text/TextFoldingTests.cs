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
}
