using BenchmarkDotNet.Attributes;
using FactCheck.Ingestion;
using FactCheck.Reporting;

namespace FactCheck.Benchmarks;

/// <summary>Whole pipeline, one core, on about 1 MB of hostile text vs 1 MB of ordinary news text (the baseline): per-byte cost must stay within 3×.</summary>
[MemoryDiagnoser]
public class PathologicalBenchmarks : ISizedBenchmark
{
    private const int Size = 1_000_000;
    private static readonly Lazy<Dictionary<string, SourceDocument>> Inputs = new(() => new Dictionary<string, SourceDocument>(StringComparer.Ordinal)
    {
        [nameof(NewsText)] = new("news", Corpus.NewsText(Size)),
        [nameof(LongLineNoPunctuation)] = new("line", Corpus.LongLine(Size)),
        [nameof(UnbalancedQuotes10k)] = new("quotes", Corpus.UnbalancedQuotes(10_000)),
        [nameof(NestedBrackets)] = new("brackets", Corpus.NestedBrackets(5_000, Size)),
    });

    /// <inheritdoc />
    public long BytesFor(string method) => Inputs.Value.TryGetValue(method, out var d) ? Corpus.Utf8(d.Text) : 0;

    [GlobalSetup]
    public void Setup() => _ = Inputs.Value;

    [Benchmark(Baseline = true)]
    public ConsistencyReport NewsText() => Run(nameof(NewsText));

    [Benchmark]
    public ConsistencyReport LongLineNoPunctuation() => Run(nameof(LongLineNoPunctuation));

    [Benchmark]
    public ConsistencyReport UnbalancedQuotes10k() => Run(nameof(UnbalancedQuotes10k));

    [Benchmark]
    public ConsistencyReport NestedBrackets() => Run(nameof(NestedBrackets));

    private static ConsistencyReport Run(string name) => StageBenchmarks.OneCore.Value.Check([Inputs.Value[name]]);
}
