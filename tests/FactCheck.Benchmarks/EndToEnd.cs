using System.Diagnostics;
using System.Globalization;
using FactCheck.StoryGenerator;

namespace FactCheck.Benchmarks;

/// <summary>
/// Runs the whole pipeline once per story size, each size in a fresh child process so peak memory is its
/// own, and prints wall time, peak working set and GC figures.
/// </summary>
internal static class EndToEnd
{
    public static int RunAll(int[] sizes)
    {
        var self = typeof(EndToEnd).Assembly.Location;
        Console.WriteLine("| articles | input MB | wall s | MB/s | peak working set MB | GC heap peak MB | gen2 GCs | findings |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var times = new Dictionary<int, double>();
        foreach (var n in sizes)
        {
            // Started as "dotnet X.dll" the child needs the dll; started through the apphost (dotnet run) it must not get it.
            var host = Environment.ProcessPath!;
            var viaMuxer = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
            string[] childArgs = viaMuxer ? [self, "--e2e-one", n.ToString(CultureInfo.InvariantCulture)] : ["--e2e-one", n.ToString(CultureInfo.InvariantCulture)];
            var psi = new ProcessStartInfo(host, childArgs)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var line = p.StandardOutput.ReadToEnd().Trim().Split('\n').Last();
            p.WaitForExit();
            Console.WriteLine(line);
            var cells = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length > 2 && double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
            {
                times[n] = s;
            }
        }

        if (times.TryGetValue(1000, out var t1k) && times.TryGetValue(10000, out var t10k))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"growth time(10k)/time(1k) = {t10k / t1k:F2}"));
        }

        return 0;
    }

    /// <summary>One article of <paramref name="chars"/> characters of news text, with the length limit raised.</summary>
    public static int RunBig(int chars)
    {
        var text = Corpus.NewsText(chars);
        var checker = new FactCheckerBuilder().Configure(o => o.MaxDocumentLength = chars + 1_000_000).Build();
        var sw = Stopwatch.StartNew();
        var report = checker.Check([new Ingestion.SourceDocument("big", text)]);
        sw.Stop();
        using var proc = Process.GetCurrentProcess();
        proc.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one article of {text.Length / 1e6:F1} M chars: {sw.Elapsed.TotalSeconds:F2} s, {Corpus.Utf8(text) / 1e6 / sw.Elapsed.TotalSeconds:F1} MB/s, peak working set {proc.PeakWorkingSet64 / 1e6:F0} MB, {report.Facts.Count} facts"));
        return 0;
    }

    public static int RunOne(int articles)
    {
        // Warm-up on a small story so the figure is the pipeline's, not the JIT's.
        var checker = FactChecker.CreateDefault();
        checker.Check(StoryGenerator.StoryGenerator.Generate(5, 99).Documents);
        var story = StoryGenerator.StoryGenerator.Generate(articles, 2026, new StoryOptions { OddShare = 0.05 });
        var mb = Corpus.Utf8(story.Documents) / 1e6;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var gen2 = GC.CollectionCount(2);
        var sw = Stopwatch.StartNew();
        var report = checker.Check(story.Documents);
        sw.Stop();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        using var proc = Process.GetCurrentProcess();
        proc.Refresh();
        var heapPeak = info.GenerationInfo.ToArray().Sum(g => g.SizeBeforeBytes) / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {articles} | {mb:F1} | {sw.Elapsed.TotalSeconds:F3} | {mb / sw.Elapsed.TotalSeconds:F1} | {proc.PeakWorkingSet64 / 1e6:F0} | {Math.Max(heapPeak, info.HeapSizeBytes / 1e6):F0} | {GC.CollectionCount(2) - gen2} | {report.Findings.Count} |"));
        return 0;
    }
}
