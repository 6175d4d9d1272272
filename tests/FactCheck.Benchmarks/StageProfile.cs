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
        var s = PipelineState.NewStages();
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
        var lines = Time("boilerplate", () => s.Boilerplate.Clean(sources));
        var docs = sources.Select((d, i) => PipelineState.Regions(new AnalyzedDocument(d) { Lines = lines[i] })).ToArray();
        docs = Time("sentences", () => docs.Select(d => d with { Sentences = s.Sentences.Split(d.Text, d.Regions) }).ToArray());
        docs = Time("entity recognition", () => docs.Select(d => d with { Mentions = s.Recognizer.Recognize(d) }).ToArray());
        docs = Time("quotes", () => docs.Select(d => d with { Quotes = s.Quotes.Extract(d) }).ToArray());
        var time = Time("time", () => s.Time.Normalize(docs));
        docs = docs.Select((d, i) => d with { Time = time.Documents[i] }).ToArray();
        var entities = Time("entity resolution", () => s.Resolver.Resolve(docs));
        docs = Time("claims", () => docs.Select(d => d with { Claims = s.Claims.Extract(d, entities) }).ToArray());
        var claims = docs.SelectMany(d => d.Claims).ToArray();
        var facts = Time("alignment", () => s.Aligner.Align(claims, docs, entities));
        var conflicts = Time("conflicts", () => s.Conflicts.Detect(new ConflictContext(docs, entities, claims, facts)));
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
        // CPU time and allocated bytes of this thread: far less sensitive than wall time to a loaded machine.
        string Measure(Action a)
        {
            for (var i = 0; i < 3; i++)
            {
                a();
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                a();
            }

            var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 10;
            var mb = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 10 / 1e6;
            return string.Create(CultureInfo.InvariantCulture, $"{ms:F1} ms CPU, {mb:F1} MB allocated");
        }

        var tokenize = Measure(() =>
        {
            foreach (var d in state.Docs)
            {
                foreach (var s in d.Sentences)
                {
                    _ = Claims.ClaimText.Tokenize(d.Text, s.Start, s.End);
                }
            }
        });
        var context = Measure(() =>
        {
            foreach (var d in state.Docs)
            {
                var view = new Claims.DocumentView(d, state.Entities);
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
