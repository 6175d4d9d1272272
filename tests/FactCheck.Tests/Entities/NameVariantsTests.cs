using FactCheck.Entities;

namespace FactCheck.Tests.Entities;

internal sealed class NameVariantsTests
{
    [TestCase("kislyak", "kislayak", VariantKind.Misspelling)]
    [TestCase("kislyak", "kisylak", VariantKind.Misspelling)]
    [TestCase("villalobos", "vilallobos", VariantKind.Misspelling)]
    [TestCase("gaddafi", "qaddafi", VariantKind.Transliteration)]
    [TestCase("zelenskyy", "zelensky", VariantKind.Transliteration)]
    [TestCase("sanders", "flores", VariantKind.None)]
    [TestCase("franken", "flynn", VariantKind.None)]
    [TestCase("schiff", "sessions", VariantKind.None)]
    [TestCase("hansen", "hanson", VariantKind.None)]
    [TestCase("cohn", "cohen", VariantKind.None)]
    [TestCase("clinton", "clintons", VariantKind.None)]
    public void Classify_Pair_GivesExpectedKind(string a, string b, VariantKind expected)
    {
        NameVariants.Classify(a, b).Should().Be(expected);
        NameVariants.Classify(b, a).Should().Be(expected);
    }
}
