using System.Globalization;
using FactCheck.StoryGenerator;

namespace FactCheck.Tests.Conflicts;

/// <summary>
/// Scores the checker on generated stories (their injected discrepancies are the truth): a regression guard for
/// the conflict rules on templated prose, next to the hand-written held-out clusters.
/// </summary>
public class GeneratedStoryScoreTests
{
    [Test]
    public void Check_GeneratedStories_FindMostInjectedDiscrepanciesWithoutLookAlikeViolations()
    {
        var scores = Enumerable.Range(1, 8)
            .Select(seed => TruthScorer.Score(FactChecker.CreateDefault().Check(StoryGenerator.StoryGenerator.Generate(6, (ulong)seed).Documents), StoryGenerator.StoryGenerator.Generate(6, (ulong)seed).Truth))
            .ToList();
        var expected = scores.Sum(s => s.Expected);
        var found = scores.Sum(s => s.Found);
        var reported = scores.Sum(s => s.Reported);
        var tp = scores.Sum(s => s.TruePositives);
        var violations = scores.Sum(s => s.NonConflictViolations);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated: expected {expected}, found {found} (recall {(double)found / Math.Max(1, expected):0.00}), reported {reported}, matching {tp}, look-alike violations {violations}"));
        foreach (var m in scores.SelectMany(s => s.Missed))
        {
            TestContext.Out.WriteLine($"missed: {m.Kind} {m.Subject}: {m.CommonValue} / {m.OddValue}");
        }

        ((double)found / Math.Max(1, expected)).Should().BeGreaterThanOrEqualTo(0.5);
        violations.Should().Be(0);
    }
}
