using FactCheck.Rules;
using FactCheck.Time;

namespace FactCheck.Tests.Time;

/// <summary>Runs every time rule's own examples: one test case per example.</summary>
public class TimeRuleExampleTests
{
    private static IEnumerable<TestCaseData> Examples() =>
        TimeScanner.Rules.SelectMany(r => r.Examples.Select(e => new TestCaseData(r.Name, e).SetName($"Rule_{r.Name}_{(e.Fires ? "fires" : "stays silent")}: {e.Text}")));

    [TestCaseSource(nameof(Examples))]
    public void Rule_Example_BehavesAsWritten(string rule, RuleExample example)
    {
        var open = example.Text.IndexOf('[', StringComparison.Ordinal);
        var close = example.Text.IndexOf(']', StringComparison.Ordinal);
        var text = example.Text.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
        var (start, end) = open >= 0 && close > open ? (open, close - 1) : (0, text.Length);

        var mentions = new List<TimeMention>();
        TimeScanner.Scan(text, 0, text.Length, 0, mentions);
        var own = mentions.Where(m => m.Rule == rule).ToList();
        if (!example.Fires)
        {
            own.Should().BeEmpty($"rule {rule} must not fire on \"{text}\"");
            return;
        }

        var hit = own.Should().ContainSingle($"rule {rule} must fire once on \"{text}\"").Subject;
        text[hit.Start..hit.End].Should().Be(text[start..end]);
        if (example.Expected is { } expected)
        {
            var resolved = TimeExpressionRecognizer.Resolve(string.Empty, text, [hit], TimeRule.ExampleAnchor);
            resolved.Should().ContainSingle().Which.Value.Should().Be(expected);
        }
    }

    [Test]
    public void Rules_Names_AreUniqueKebabCaseAndEachHasPositiveAndNegativeExamples()
    {
        TimeScanner.Rules.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        foreach (var r in TimeScanner.Rules)
        {
            r.Name.Should().MatchRegex("^[a-z]+(-[a-z]+)*$");
            r.Examples.Should().Contain(e => e.Fires, r.Name).And.Contain(e => !e.Fires, r.Name);
            (r.OnNumbers || r.Triggers.Count > 0).Should().BeTrue($"{r.Name} needs a trigger word or to start on numbers");
        }
    }
}
