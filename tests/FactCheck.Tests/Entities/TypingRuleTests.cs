using FactCheck.Entities;
using FactCheck.Rules;

namespace FactCheck.Tests.Entities;

/// <summary>Runs every entity-typing rule's own examples through the recognizer (table-driven).</summary>
public class TypingRuleTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static IEnumerable<TestCaseData> Cases() =>
        Gazetteer.English.Typing.All.SelectMany(r => r.Examples.Select(e => new TestCaseData(r.Name, e).SetName($"TypingRule_{r.Name}_{(e.Fires ? "fires" : "holds")}: {e.Text} => {e.Expected}")));

    [TestCaseSource(nameof(Cases))]
    public void TypingRule_Example_ProducesExpectedMention(string rule, RuleExample example)
    {
        var eq = example.Expected!.LastIndexOf('=');
        var name = example.Expected[..eq];
        var type = Enum.Parse<EntityType>(example.Expected[(eq + 1)..], ignoreCase: true);

        var mentions = Recognizer.Recognize(EntityTestSupport.Lines("doc", example.Text));
        var found = mentions.Any(m => m.Name == name && m.Type == type);

        found.Should().Be(example.Fires, $"rule {rule} on '{example.Text}' (mentions: {string.Join(", ", mentions.Select(m => $"{m.Name}={m.Type}"))})");
    }

    [Test]
    public void TypingRules_Names_AreUniqueKebabCase()
    {
        var names = Gazetteer.English.Typing.All.Select(r => r.Name).ToList();
        names.Should().OnlyHaveUniqueItems();
        names.Should().AllSatisfy(n => n.Should().MatchRegex("^[a-z]+(-[a-z]+)*$"));
        Gazetteer.English.Typing.All.Should().AllSatisfy(r => r.Examples.Should().Contain(e => e.Fires).And.Contain(e => !e.Fires));
    }
}
