using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.RealNews;

/// <summary>
/// Runs the checker in-process on the real-news clusters under <c>../shared/realnews</c>, writes each report as JSON,
/// scores it with the clusters' own <c>score.py</c> and parses the metrics it prints. Tests that use it call
/// <see cref="RequireAvailable"/> first: it ignores the test, with the reason, when the folder or python3 is absent.
/// </summary>
internal static class RealNewsScore
{
    /// <summary>The three development clusters, in a fixed order.</summary>
    public static IReadOnlyList<string> Clusters { get; } = ["virgin-galactic-test-flight", "american-held-north-korea", "faa-furloughs"];

    /// <summary>The realnews folder beside the repository (<c>../shared/realnews</c>).</summary>
    public static string Root => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "realnews"));

    private static readonly Lazy<string?> Python = new(FindPython);

    private static readonly Dictionary<string, RealNewsMetrics> Cache = new(StringComparer.Ordinal);

    private static readonly Lock Gate = new();

    /// <summary>Ignores the calling test (with the reason) when the clusters, score.py or python3 are missing.</summary>
    public static void RequireAvailable()
    {
        if (!File.Exists(Path.Combine(Root, "score.py")) || Clusters.Any(c => !File.Exists(Path.Combine(Root, c, "gold.json"))))
        {
            Assert.Ignore($"The real-news clusters are not at {Root} (they live outside the repository, in ../shared/realnews).");
        }

        if (Python.Value is null)
        {
            Assert.Ignore("python3 is not on PATH; the real-news clusters are scored by their own score.py.");
        }
    }

    /// <summary>
    /// Checks one cluster with the default checker, writes the JSON report to a temporary file and scores it.
    /// Results are cached per cluster for the test run (the checker is deterministic).
    /// </summary>
    /// <param name="cluster">A folder name under <see cref="Root"/>.</param>
    /// <returns>The metrics score.py printed.</returns>
    public static RealNewsMetrics Score(string cluster)
    {
        RequireAvailable();
        lock (Gate)
        {
            if (Cache.TryGetValue(cluster, out var cached))
            {
                return cached;
            }
        }

        var folder = Path.Combine(Root, cluster);
        var report = FactChecker.CreateDefault().Check(DocumentLoader.Load(folder));
        var reportPath = Path.Combine(Path.GetTempPath(), $"factcheck-realnews-{Environment.ProcessId}-{cluster}.json");
        File.WriteAllText(reportPath, report.ToJson());
        try
        {
            var metrics = RunScorer(folder, reportPath, cluster, report);
            lock (Gate)
            {
                Cache[cluster] = metrics;
            }

            return metrics;
        }
        finally
        {
            // Keep the report when asked (FACTCHECK_REALNEWS_KEEP=1) for reading why a gold conflict was missed.
            if (Environment.GetEnvironmentVariable("FACTCHECK_REALNEWS_KEEP") != "1")
            {
                File.Delete(reportPath);
            }
        }
    }

    /// <summary>Scores every cluster and adds them up.</summary>
    /// <returns>Each cluster's metrics and their sum (named "all").</returns>
    public static (IReadOnlyList<RealNewsMetrics> Clusters, RealNewsMetrics All) ScoreAll()
    {
        var parts = Clusters.Select(Score).ToList();
        return (parts, RealNewsMetrics.Sum("all", parts));
    }

    /// <summary>A markdown table of the rows, for the test log and the docs.</summary>
    public static string Table(IEnumerable<RealNewsMetrics> rows)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("| cluster | conflict recall | contradiction recall | contradiction precision | do-not-flag hits | unexplained / findings |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Cluster} | {r.ConflictRecall} | {r.ContradictionRecall} | {r.ContradictionPrecision} | {r.DoNotFlagHits.Count} | {r.Unexplained} / {r.FindingsTotal} |"));
        }

        return sb.ToString();
    }

    private static RealNewsMetrics RunScorer(string folder, string reportPath, string cluster, ConsistencyReport report)
    {
        var psi = new ProcessStartInfo(Python.Value!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(Root, "score.py"));
        psi.ArgumentList.Add(folder);
        psi.ArgumentList.Add(Path.Combine(folder, "gold.json"));
        psi.ArgumentList.Add(reportPath);
        psi.ArgumentList.Add("--verbose");
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start.");
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"score.py failed on {cluster} (exit {p.ExitCode}): {stderr.Result}");
        }

        // The output is one JSON object followed by a one-line summary: parse up to the last closing brace.
        var json = stdout[..(stdout.LastIndexOf('}') + 1)];
        using var doc = JsonDocument.Parse(json);
        return RealNewsMetrics.From(cluster, doc.RootElement, report);
    }

    private static string? FindPython()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, "python3")))
            {
                return Path.Combine(dir, "python3");
            }
        }

        return null;
    }
}

/// <summary>A fraction score.py prints as "a/b".</summary>
/// <param name="Hit">The numerator.</param>
/// <param name="Total">The denominator.</param>
internal readonly record struct Fraction(int Hit, int Total)
{
    /// <summary>The ratio; 1 when nothing was asked (an empty denominator).</summary>
    public double Value => Total == 0 ? 1 : (double)Hit / Total;

    public static Fraction Parse(string s)
    {
        var i = s.IndexOf('/', StringComparison.Ordinal);
        return new Fraction(int.Parse(s[..i].Trim(), CultureInfo.InvariantCulture), int.Parse(s[(i + 1)..].Trim(), CultureInfo.InvariantCulture));
    }

    public static Fraction operator +(Fraction a, Fraction b) => new(a.Hit + b.Hit, a.Total + b.Total);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Hit}/{Total}");
}

/// <summary>The metrics score.py prints for one cluster (or their sum over clusters), and the report they scored.</summary>
internal sealed record RealNewsMetrics(
    string Cluster,
    Fraction EvidenceOffsets,
    Fraction ConflictRecall,
    Fraction ContradictionRecall,
    Fraction ContradictionPrecision,
    IReadOnlyList<string> DoNotFlagHits,
    int Unexplained,
    int FindingsTotal,
    Fraction PeopleFound,
    Fraction PublicationDates,
    Fraction DatesNormalized,
    (int TruePositives, int Gold, int Said) StanceTriples,
    IReadOnlyList<string> MissedConflicts,
    IReadOnlyList<string> UnexplainedFindings,
    IReadOnlyList<ConsistencyReport> Reports)
{
    public static RealNewsMetrics From(string cluster, JsonElement r, ConsistencyReport report)
    {
        return new RealNewsMetrics(
            cluster,
            Fraction.Parse(r.GetProperty("evidence_offsets_ok").GetString()!),
            Fraction.Parse(r.GetProperty("conflict_recall").GetString()!),
            Fraction.Parse(r.GetProperty("contradiction_recall").GetString()!),
            Fraction.Parse(r.GetProperty("contradiction_precision").GetString()!),
            Strings(r, "do_not_flag_hits").Select(h => cluster + ":" + h).ToList(),
            r.GetProperty("unexplained_findings").GetInt32(),
            r.GetProperty("findings_total").GetInt32(),
            Fraction.Parse(r.GetProperty("people_found").GetString()!),
            Fraction.Parse(r.GetProperty("publication_dates").GetString()!),
            Fraction.Parse(r.GetProperty("dates_normalized").GetString()!),
            Stances(r.GetProperty("stance_triples").GetString()!),
            Strings(r, "missed_conflicts").Select(m => cluster + ": " + m).ToList(),
            Strings(r, "unexplained").Select(m => cluster + ": " + m).ToList(),
            [report]);
    }

    public static RealNewsMetrics Sum(string name, IReadOnlyList<RealNewsMetrics> parts) => new(
        name,
        parts.Aggregate(default(Fraction), (a, p) => a + p.EvidenceOffsets),
        parts.Aggregate(default(Fraction), (a, p) => a + p.ConflictRecall),
        parts.Aggregate(default(Fraction), (a, p) => a + p.ContradictionRecall),
        parts.Aggregate(default(Fraction), (a, p) => a + p.ContradictionPrecision),
        [.. parts.SelectMany(p => p.DoNotFlagHits)],
        parts.Sum(p => p.Unexplained),
        parts.Sum(p => p.FindingsTotal),
        parts.Aggregate(default(Fraction), (a, p) => a + p.PeopleFound),
        parts.Aggregate(default(Fraction), (a, p) => a + p.PublicationDates),
        parts.Aggregate(default(Fraction), (a, p) => a + p.DatesNormalized),
        (parts.Sum(p => p.StanceTriples.TruePositives), parts.Sum(p => p.StanceTriples.Gold), parts.Sum(p => p.StanceTriples.Said)),
        [.. parts.SelectMany(p => p.MissedConflicts)],
        [.. parts.SelectMany(p => p.UnexplainedFindings)],
        [.. parts.SelectMany(p => p.Reports)]);

    /// <summary>Writes the missed gold conflicts and the unexplained findings to the test log.</summary>
    public void PrintMisses()
    {
        foreach (var m in MissedConflicts)
        {
            TestContext.Out.WriteLine("missed: " + m);
        }

        foreach (var u in UnexplainedFindings)
        {
            TestContext.Out.WriteLine("unexplained: " + u);
        }
    }

    private static List<string> Strings(JsonElement r, string name) =>
        r.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? [.. a.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString())]
            : [];

    private static (int, int, int) Stances(string s)
    {
        // "tp 3 / gold 10 / said 5"
        var nums = s.Split(['/', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.All(char.IsDigit)).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return nums.Length == 3 ? (nums[0], nums[1], nums[2]) : (0, 0, 0);
    }
}
