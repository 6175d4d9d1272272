using System.Globalization;
using FactCheck.Ingestion;
using FactCheck.Rules;
using FactCheck.Statements;
using FactCheck.Text;

namespace FactCheck.Tests.Statements;

/// <summary>The statement layer's rules run on their own positive and negative examples.</summary>
public class StatementRuleTests
{
    private static IEnumerable<TestCaseData> SlotExamples() =>
        RestatementComparer.Rules.SelectMany(r => r.Examples.Select(e => new TestCaseData(r.Name, e).SetName($"SlotRule_{r.Name}_{(e.Fires ? "fires" : "silent")}_{Short(e.Text)}")));

    private static IEnumerable<TestCaseData> FigureExamples() =>
        new FigureComparer().Examples.Select(e => new TestCaseData(e).SetName($"FigureComparer_{(e.Fires ? "fires" : "silent")}_{Short(e.Text)}"));

    [TestCaseSource(nameof(SlotExamples))]
    public void SlotRule_Example_FiresAsLabelled(string rule, RuleExample example)
    {
        var (a, b) = Split(example.Text);
        var changes = RestatementComparer.Compare(a, b);
        var expected = example.Expected ?? rule;
        if (example.Fires)
        {
            changes.Select(c => c.Rule).Should().Contain(expected, $"'{a}' vs '{b}'");
        }
        else
        {
            changes.Should().BeEmpty($"'{a}' vs '{b}' is a faithful restatement");
        }
    }

    [TestCaseSource(nameof(FigureExamples))]
    public void FigureComparer_Example_LinksAndJudgesAsLabelled(RuleExample example)
    {
        var (a, b) = Split(example.Text);
        var set = new StatementSet([Doc("a", a), Doc("b", b)]);
        var links = FigureComparer.Link(set, _ => null);
        var differing = links.Where(l => l.Verdict is FigureVerdict.Difference or FigureVerdict.Contradiction).ToList();
        if (example.Fires)
        {
            differing.Should().ContainSingle($"'{a}' vs '{b}'");
        }
        else
        {
            differing.Should().BeEmpty($"'{a}' vs '{b}' are not two values of one quantity");
        }
    }

    [Test]
    public void FigureComparer_ManyStatements_ComparesBlockedPairsOnly()
    {
        // 400 statements that share only common words: blocking must not compare all 79,800 pairs.
        var docs = Enumerable.Range(0, 20).Select(d => Doc("d" + d.ToString("00", CultureInfo.InvariantCulture),
            string.Join(' ', Enumerable.Range(0, 20).Select(s => $"The city said {d * 20 + s + 100} people came to event number{d * 20 + s}.")))).ToList();
        var set = new StatementSet(docs);
        set.Candidates(FigureComparer.FigureKeys).Count.Should().BeLessThan(400 * StatementSet.BlockCap);
    }

    internal static AnalyzedDocument Doc(string id, string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ') && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                sentences.Add(new Sentence(sentences.Count, start, i + 1, text[start..(i + 1)]));
                start = i + 2;
            }
        }

        if (start < text.Length)
        {
            sentences.Add(new Sentence(sentences.Count, start, text.Length, text[start..]));
        }

        return new AnalyzedDocument(DocumentLoader.FromText(id, text)) { Sentences = sentences };
    }

    private static (string A, string B) Split(string text)
    {
        var i = text.IndexOf("||", StringComparison.Ordinal);
        return (text[..i], text[(i + 2)..]);
    }

    private static string Short(string text)
    {
        var w = new string([.. text.Where(char.IsLetterOrDigit).Take(40)]);
        return w;
    }
}
