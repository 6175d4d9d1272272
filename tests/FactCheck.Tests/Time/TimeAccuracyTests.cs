using FactCheck.Time;

namespace FactCheck.Tests.Time;

public class TimeAccuracyTests
{
    [TestCase("expressions.tsv", 150)]
    [TestCase("expressions-heldout.tsv", 50)]
    public void Recognizer_LabelledSet_ValueAccuracyAtLeastNinetyPercent(string file, int minimumRows)
    {
        var rows = LabelledSet.ReadExpressions(file);
        rows.Count.Should().BeGreaterThanOrEqualTo(minimumRows);
        var outcomes = rows.Select(LabelledSet.Score).ToList();
        var accuracy = outcomes.Count(o => o.Correct) / (double)outcomes.Count;
        foreach (var o in outcomes.Where(o => !o.Correct))
        {
            TestContext.Out.WriteLine($"line {o.Row.Line}: '{o.Row.Expression}' expected {o.Row.Expected}, got {o.Actual ?? "nothing"}");
        }

        TestContext.Out.WriteLine($"value accuracy {accuracy:P1} on {outcomes.Count} expressions");
        accuracy.Should().BeGreaterThanOrEqualTo(0.9);
    }
}
