using System.Globalization;
using FactCheck.StoryGenerator;

namespace FactCheck.Benchmarks;

/// <summary>Recall and precision of the checker against the generator's truth, per finding kind, over several seeds.</summary>
internal static class TruthReport
{
    public static int Run()
    {
        var checker = FactChecker.CreateDefault();
        var perKind = new SortedDictionary<FindingKind, (int Expected, int Found)>();
        int reported = 0, tp = 0, violations = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var story = StoryGenerator.StoryGenerator.Generate(6, seed);
            var report = checker.Check(story.Documents);
            var score = TruthScorer.Score(report, story.Truth);
            reported += score.Reported;
            tp += score.TruePositives;
            violations += score.NonConflictViolations;
            foreach (var e in story.Truth.Findings)
            {
                var (ex, fo) = perKind.GetValueOrDefault(e.Kind);
                perKind[e.Kind] = (ex + 1, fo + (score.Missed.Contains(e) ? 0 : 1));
            }
        }

        Console.WriteLine("| kind | injected | found | recall |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (k, v) in perKind)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {k} | {v.Expected} | {v.Found} | {(double)v.Found / v.Expected:P0} |"));
        }

        var expected = perKind.Values.Sum(v => v.Expected);
        var found = perKind.Values.Sum(v => v.Found);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"overall recall {(double)found / expected:P1} ({found}/{expected}); precision {(reported == 0 ? 1 : (double)tp / reported):P1} ({tp}/{reported}); non-conflicts flagged {violations}"));
        return 0;
    }
}
