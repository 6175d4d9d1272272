using FactCheck.Tests.Support;

namespace FactCheck.Tests.Entities;

/// <summary>Measured accuracy on the labelled fixtures and seeds; numbers are reported in docs/accuracy-entities.md.</summary>
public class EntityAccuracyTests
{
    private static readonly string[] Sets = ["politics", "disaster", "sport", "business"];

    private static IEnumerable<TestCaseData> FixtureSets() => Sets.Select(s => new TestCaseData(s).SetName($"Accuracy_{s}_MeetsGoals"));

    [TestCaseSource(nameof(FixtureSets))]
    public void Accuracy_FixtureSet_MeetsGoals(string set)
    {
        var folder = Path.Combine(EntityMetrics.FixturesDirectory, set);
        var scores = EntityMetrics.Score(set, EntityMetrics.LoadSet(folder), EntityMetrics.LoadGold(Path.Combine(folder, "entities.tsv")));
        Report(scores);
        AssertGoals(scores);
    }

    [Test]
    public void Accuracy_Seeds_MeetsGoals()
    {
        Seeds.RequireAvailable();
        var gold = EntityMetrics.LoadGold(Path.Combine(EntityMetrics.FixturesDirectory, "seed-entities.tsv"));
        var scores = EntityMetrics.Score("seeds", Seeds.All(), gold);
        Report(scores);
        AssertGoals(scores);
        scores.Misspellings.Should().Be(2, "both misspellings of the ambassador's name are labelled");
    }

    private static void AssertGoals(EntityScores scores)
    {
        scores.Of("person").F1.Should().BeGreaterThanOrEqualTo(0.9, string.Join("; ", scores.Errors));
        scores.MisspellingsMerged.Should().Be(scores.Misspellings, string.Join("; ", scores.Errors));
        scores.FalseMerges.Should().BeEmpty();
    }

    private static void Report(EntityScores scores)
    {
        TestContext.Out.WriteLine($"== {scores.Set}");
        foreach (var t in scores.Types)
        {
            TestContext.Out.WriteLine(t.ToString());
        }

        TestContext.Out.WriteLine($"misspellings merged {scores.MisspellingsMerged}/{scores.Misspellings}; false merges {scores.FalseMerges.Count}");
        foreach (var e in scores.Errors)
        {
            TestContext.Out.WriteLine("  " + e);
        }

        var path = Path.Combine(Path.GetTempPath(), "entity-accuracy-" + scores.Set + ".txt");
        File.WriteAllLines(path, scores.Types.Select(t => t.ToString())
            .Append($"misspellings merged {scores.MisspellingsMerged}/{scores.Misspellings}; false merges {scores.FalseMerges.Count}")
            .Concat(scores.FalseMerges)
            .Concat(scores.Errors));
    }
}
