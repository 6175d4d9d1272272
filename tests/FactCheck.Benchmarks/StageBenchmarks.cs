using BenchmarkDotNet.Attributes;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Conflicts;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Text;
using FactCheck.Time;

namespace FactCheck.Benchmarks;

/// <summary>Each stage alone, single-threaded, on a generated corpus of 200 articles; the baseline only tokenizes.</summary>
[MemoryDiagnoser]
public class StageBenchmarks : ISizedBenchmark
{
    private PipelineState _state = null!;
    private PipelineState.Stages _s = null!;

    /// <inheritdoc />
    public long BytesFor(string method) => Corpus.Utf8(Corpus.StageStory.Documents);

    [GlobalSetup]
    public void Setup()
    {
        _state = PipelineState.Build(Corpus.StageStory);
        _s = PipelineState.NewStages();
    }

    [Benchmark(Baseline = true)]
    public long TokenizeBaseline()
    {
        long n = 0;
        foreach (var d in _state.Sources)
        {
            n += Baseline.Tokenize(d.Text);
        }

        return n;
    }

    [Benchmark]
    public IReadOnlyList<IReadOnlyList<TextLine>> IngestionAndCleaning()
    {
        var docs = new SourceDocument[_state.Sources.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            var d = _state.Sources[i];
            docs[i] = DocumentLoader.FromText(d.Id, d.Text) with { Published = d.Published, Outlet = d.Outlet, Title = d.Title, BodyStart = d.BodyStart };
        }

        return _s.Boilerplate.Clean(docs);
    }

    [Benchmark]
    public int Sentences()
    {
        var n = 0;
        foreach (var d in _state.Cleaned)
        {
            n += _s.Sentences.Split(d.Text, d.Regions).Count;
        }

        return n;
    }

    [Benchmark]
    public int EntityRecognition()
    {
        var n = 0;
        foreach (var d in _state.Split)
        {
            n += _s.Recognizer.Recognize(d).Count;
        }

        return n;
    }

    [Benchmark]
    public int Quotes()
    {
        var n = 0;
        foreach (var d in _state.Recognized)
        {
            n += _s.Quotes.Extract(d).Count;
        }

        return n;
    }

    [Benchmark]
    public TimeAnalysis Time() => _s.Time.Normalize(_state.Docs);

    [Benchmark]
    public EntityResolution EntityResolution() => _s.Resolver.Resolve(_state.Docs);

    [Benchmark]
    public int Claims()
    {
        var n = 0;
        foreach (var d in _state.Docs)
        {
            n += _s.Claims.Extract(d, _state.Entities).Count;
        }

        return n;
    }

    [Benchmark]
    public IReadOnlyList<AlignedFact> Alignment() => _s.Aligner.Align(_state.Claims, _state.Docs, _state.Entities);

    [Benchmark]
    public ConflictResult Conflicts() => _s.Conflicts.Detect(_state.Context);

    [Benchmark]
    public string RenderJson() => _state.Report.ToJson();

    [Benchmark]
    public string RenderMarkdown() => _state.Report.ToMarkdown();

    [Benchmark]
    public string RenderHtml() => _state.Report.ToHtml();

    [Benchmark]
    public Reporting.ConsistencyReport WholePipelineOneCore() =>
        OneCore.Value.Check(_state.Sources);

    internal static readonly Lazy<FactChecker> OneCore = new(() => new FactCheckerBuilder().Configure(o => o.MaxDegreeOfParallelism = 1).Build());
}
