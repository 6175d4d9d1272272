using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Benchmarks;

/// <summary>
/// TempEval-3 Task A on the development half (TimeBank + AQUAINT, <c>../shared/benchmarks/tempeval3-tbaq</c>): the
/// checker runs in-process, its JSON report is scored by the benchmark's own <c>tempeval3-score.py</c>, and the floors
/// reached are asserted. Skipped, with the reason, where the folder or python3 is absent.
/// </summary>
public class TempEvalBenchmarkTests
{
    private static string Root => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "benchmarks"));

    [Test]
    public void Check_TempEval3Development_MeetsTheTimexFloors()
    {
        var folder = Path.Combine(Root, "tempeval3-tbaq");
        var scorer = Path.Combine(Root, "tempeval3-score.py");
        if (!File.Exists(Path.Combine(folder, "gold.json")) || !File.Exists(scorer))
        {
            Assert.Ignore($"The TempEval-3 development set is not at {folder} (it lives outside the repository, in ../shared/benchmarks).");
        }

        var python = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(d => d.Length > 0).Select(d => Path.Combine(d, "python3")).FirstOrDefault(File.Exists);
        if (python is null)
        {
            Assert.Ignore("python3 is not on PATH; the benchmark is scored by its own tempeval3-score.py.");
        }

        var report = FactChecker.CreateDefault().Check(DocumentLoader.Load(folder));
        var reportPath = Path.Combine(Path.GetTempPath(), $"factcheck-tempeval-{Environment.ProcessId}.json");
        var scorePath = reportPath + ".score.json";
        File.WriteAllText(reportPath, report.ToJson());
        try
        {
            var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { scorer, Path.Combine(folder, "gold.json"), reportPath, "--json", scorePath })
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start.");
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            p.ExitCode.Should().Be(0, stderr.Result);
            TestContext.Out.WriteLine(stdout);

            using var score = JsonDocument.Parse(File.ReadAllText(scorePath));
            var all = score.RootElement.GetProperty("all");
            double F1(string metric) => 100 * all.GetProperty(metric).GetProperty("F1").GetDouble();
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"strict {F1("strict"):F1} relaxed {F1("relaxed"):F1} value {F1("value"):F1}"));

            // Floors at the level reached (published HeidelTime on the test half: strict 81.3, relaxed 90.3, value 77.6).
            F1("strict").Should().BeGreaterThanOrEqualTo(81.0);
            F1("relaxed").Should().BeGreaterThanOrEqualTo(90.0);
            F1("value").Should().BeGreaterThanOrEqualTo(73.5);
            score.RootElement.GetProperty("by_type").GetProperty("SET").GetProperty("relaxed").GetProperty("F1").GetDouble().Should().BeGreaterThan(0.5, "sets carry their TIMEX3 type");
            score.RootElement.GetProperty("system_span_text_mismatches").GetInt32().Should().Be(0);
        }
        finally
        {
            File.Delete(reportPath);
            File.Delete(scorePath);
        }
    }
}
