using FactCheck.Claims;
using FactCheck.Rules;

namespace FactCheck.Tests.Claims;

/// <summary>Each free-form demand construction runs its own examples: positives read the action, negatives stay silent.</summary>
public class DemandConstructionTests
{
    private static IEnumerable<TestCaseData> Examples() =>
        DemandConstructions.English.All.SelectMany(r => r.Examples.Select(e => new TestCaseData(r.Name, e).SetName($"{r.Name}: {e.Text}")));

    [TestCaseSource(nameof(Examples))]
    public void Find_RuleExample_ReadsOrIgnoresIt(string rule, RuleExample example)
    {
        var found = DemandFixture.Find(example.Text).Where(d => d.Rule == rule).ToList();
        if (example.Fires)
        {
            found.Should().ContainSingle().Which.Action.Should().Be(example.Expected);
        }
        else
        {
            found.Should().BeEmpty();
        }
    }

    [Test]
    public void All_RuleNames_AreUniqueAndTriggered()
    {
        DemandConstructions.English.All.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        DemandConstructions.English.All.Should().OnlyContain(r => r.Triggers.Count > 0 && r.Examples.Any(e => e.Fires) && r.Examples.Count >= 2);
    }

    [TestCase("canceled", "cancel")]
    [TestCase("replacing", "replace")]
    [TestCase("eliminated", "eliminate")]
    [TestCase("stopped", "stop")]
    [TestCase("shutting", "shut")]
    [TestCase("sought", "seek")]
    [TestCase("delayed", "delay")]
    [TestCase("called", "call")]
    [TestCase("closing", "close")]
    public void Lemma_InflectedVerb_GivesBaseForm(string word, string expected) =>
        DemandConstructions.English.Lemma(word).Should().Be(expected);
}

/// <summary>Runs the free-form demand constructions on one sentence, with quotation marks marking what is quoted.</summary>
internal static class DemandFixture
{
    public static List<FreeDemand> Find(string sentence)
    {
        var tokens = ClaimText.Tokenize(sentence, 0, sentence.Length, Lexicon.English);
        var inQuote = new bool[tokens.Count];
        var open = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == FactCheck.Text.TokenKind.Punctuation && tokens[i].Text is "\"" or "\u201c" or "\u201d")
            {
                open = !open;
            }

            inQuote[i] = open;
        }

        return DemandConstructions.English.Find(tokens, i => i >= 0 && i < inQuote.Length && inQuote[i]);
    }
}
