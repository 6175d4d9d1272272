using System.Diagnostics;
using System.Globalization;
using FactCheck.Conflicts;
using FactCheck.Reporting;
using FactCheck.StoryGenerator;

namespace FactCheck.Benchmarks;

/// <summary>A quick, single-threaded wall-clock split of the pipeline by stage on one story (a profile, not a benchmark).</summary>
internal static class StageProfile
{
    public static int Run(int articles)
    {
        // The first pass pays for JIT and static word lists; only the second is printed.
        Run(Math.Min(articles, 50), print: false);
        return Run(articles, print: true);
    }

    private static int Run(int articles, bool print)
    {
        var story = StoryGenerator.StoryGenerator.Generate(articles, 2026, new StoryOptions { OddShare = 0.05 });
        var sources = story.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var mb = Corpus.Utf8(sources) / 1e6;
        var rows = new List<(string Stage, double Seconds)>();
        T Time<T>(string name, Func<T> f)
        {
            var sw = Stopwatch.StartNew();
            var r = f();
            rows.Add((name, sw.Elapsed.TotalSeconds));
            return r;
        }

        Time("baseline tokenize", () => sources.Sum(d => Baseline.Tokenize(d.Text)));
        var (_, claims, facts, conflicts) = PipelineState.RunTimed(sources, (name, seconds) => rows.Add((name, seconds)));
        var report = FactChecker.CreateDefault().Check(sources);
        Time("render json", () => report.ToJson());
        Time("render html", () => report.ToHtml());
        if (!print)
        {
            return 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles} articles, {mb:F2} MB, {claims.Length} claims, {facts.Count} facts, {conflicts.Findings.Count} findings"));
        Console.WriteLine("| stage | s | MB/s |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (stage, seconds) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {seconds:F3} | {mb / seconds:F1} |"));
        }

        return 0;
    }
}

/// <summary>Splits the claim stage's time into its parts, to locate its hot spot.</summary>
internal static class ClaimsProfile
{
    public static int Run()
    {
        var state = PipelineState.Build(Corpus.StageStory);
        var extractor = new Claims.ClaimExtractor();
        // CPU time and allocated bytes: far less sensitive than wall time to a loaded machine.
        static string Measure(Action a)
        {
            var (ms, mb) = CpuMeasure.Run(a);
            return string.Create(CultureInfo.InvariantCulture, $"{ms:F1} ms CPU, {mb:F1} MB allocated");
        }

        var tokenize = Measure(() =>
        {
            foreach (var d in state.Docs)
            {
                foreach (var s in d.Sentences)
                {
                    _ = Claims.ClaimText.Tokenize(d.Text, s.Start, s.End, Claims.Lexicon.English);
                }
            }
        });
        var context = Measure(() =>
        {
            foreach (var d in state.Docs)
            {
                var view = new Claims.DocumentView(d, state.Entities, Claims.Lexicon.English);
                foreach (var s in d.Sentences)
                {
                    _ = new Claims.SentenceContext(view, s);
                }
            }
        });
        var extract = Measure(() =>
        {
            foreach (var d in state.Docs)
            {
                _ = extractor.Extract(d, state.Entities);
            }
        });
        var baseline = Measure(() =>
        {
            foreach (var d in state.Docs)
            {
                _ = Baseline.Tokenize(d.Text);
            }
        });
        var sentences = state.Docs.Sum(d => d.Sentences.Count);
        Console.WriteLine($"input {state.Utf8Bytes / 1e6:F2} MB; baseline tokenizer {baseline}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{state.Docs.Length} docs, {sentences} sentences:\n  ClaimText.Tokenize {tokenize}\n  SentenceContext (incl. tokenize) {context}\n  ClaimExtractor.Extract {extract}"));
        return 0;
    }
}

/// <summary>
/// CPU time and allocation of each per-document stage on the stage corpus (mean of 20 passes after at least 40 warm-up
/// passes): steadier than wall time on a shared machine, for before/after comparisons.
/// </summary>
internal static class StageCpu
{
    public static int Run(string? only)
    {
        var state = PipelineState.Build(Corpus.StageStory);
        var s = PipelineState.NewStages();
        var mb = state.Utf8Bytes / 1e6;
        var rows = new (string Name, Action Pass)[]
        {
            ("baseline tokenize", () => { foreach (var d in state.Sources) { _ = Baseline.Tokenize(d.Text); } }),
            ("ingestion + boilerplate", () =>
            {
                var docs = state.Sources.Select(d => Ingestion.DocumentLoader.FromText(d.Id, d.Text) with { Published = d.Published, Outlet = d.Outlet, Title = d.Title, BodyStart = d.BodyStart }).ToArray();
                _ = s.Boilerplate.Clean(docs);
            }),
            ("sentences", () => { foreach (var d in state.Cleaned) { _ = s.Sentences.Split(d.Text, d.Regions); } }),
            ("entity recognition", () => { foreach (var d in state.Split) { _ = s.Recognizer.Recognize(d); } }),
            ("quotes", () => { foreach (var d in state.Recognized) { _ = s.Quotes.Extract(d); } }),
            ("time", () => _ = s.Time.Normalize(state.Docs)),
            ("claims", () => { foreach (var d in state.Docs) { _ = s.Claims.Extract(d, state.Entities); } }),
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input {mb:F3} MB, {state.Docs.Length} documents"));
        Console.WriteLine("| stage | CPU ms | MB/s | alloc MB/MB |");
        Console.WriteLine("|---|---:|---:|---:|");
        var total = 0.0;
        foreach (var (name, pass) in rows)
        {
            if (only is not null && !name.Contains(only, StringComparison.Ordinal) && name != "baseline tokenize")
            {
                continue;
            }

            var (ms, alloc) = CpuMeasure.Run(pass);
            if (name != "baseline tokenize")
            {
                total += ms;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms:F1} | {mb / (ms / 1000):F1} | {alloc / mb:F1} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **together** | {total:F1} | {mb / (total / 1000):F1} | |"));
        return 0;
    }
}

/// <summary>Process CPU time and this thread's allocation of one pass of an action, after a warm-up.</summary>
internal static class CpuMeasure
{
    /// <summary>Mean CPU milliseconds and allocated megabytes per pass (20 passes after at least 40 warm-up passes).</summary>
    public static (double Ms, double Mb) Run(Action pass)
    {
        // Warm up long enough for tiered compilation to reach optimized code (30 calls, then a short delay).
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 40 || warm.ElapsedMilliseconds < 2000; i++)
        {
            pass();
        }

        Thread.Sleep(300);
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        const int passes = 20;
        for (var i = 0; i < passes; i++)
        {
            pass();
        }

        // CPU time of the whole process includes the GC's background threads, which is fair: they are the pass's cost.
        var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / passes;
        return (ms, (GC.GetAllocatedBytesForCurrentThread() - bytes) / (double)passes / 1e6);
    }
}
