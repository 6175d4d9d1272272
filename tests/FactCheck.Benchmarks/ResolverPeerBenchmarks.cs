using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using FactCheck.Entities;

namespace FactCheck.Benchmarks;

/// <summary>
/// Name resolution: our resolver vs the naive way, FuzzySharp's <c>Process.ExtractOne</c> of every mention
/// against every other mention (quadratic). Both get the same person mentions: the recognizer's when it
/// finds any, otherwise runs of two capitalised words found by a plain regex.
/// </summary>
[MemoryDiagnoser]
public partial class ResolverPeerBenchmarks : ISizedBenchmark
{
    private const int Articles = 40;
    private AnalyzedDocument[] _docs = null!;
    private string[] _names = null!;
    private readonly EntityResolver _resolver = new();

    /// <inheritdoc />
    public long BytesFor(string method) =>
        Corpus.Utf8(StoryGenerator.StoryGenerator.Generate(Articles, 5, new StoryGenerator.StoryOptions { OddShare = 0.1 }).Documents);

    [GlobalSetup]
    public void Setup()
    {
        var story = StoryGenerator.StoryGenerator.Generate(Articles, 5, new StoryGenerator.StoryOptions { OddShare = 0.1 });
        var state = PipelineState.Build(story);
        _docs = state.Docs.Select(d => d.Mentions.Any(m => m.Type == EntityType.Person) ? d : d with { Mentions = NaiveMentions(d) }).ToArray();
        _names = _docs.SelectMany(d => d.Mentions).Select(m => m.Name).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int OurResolver() => _resolver.Resolve(_docs).Entities.Count;

    [Benchmark]
    public int FuzzySharpExtractOneAllAgainstAll()
    {
        // Every mention looks up its best match among all the others: what a quick script would do.
        var merged = 0;
        var others = new List<string>(_names.Length);
        for (var i = 0; i < _names.Length; i++)
        {
            others.Clear();
            for (var j = 0; j < _names.Length; j++)
            {
                if (j != i)
                {
                    others.Add(_names[j]);
                }
            }

            var best = FuzzySharp.Process.ExtractOne(_names[i], others);
            if (best is not null && best.Score >= 90)
            {
                merged++;
            }
        }

        return merged;
    }

    internal static EntityMention[] NaiveMentions(AnalyzedDocument d) =>
        TwoCapitalised().Matches(d.Text, d.Source.BodyStart)
            .Select(m => new EntityMention(d.Id, m.Value, m.Index, m.Index + m.Length, EntityType.Person))
            .ToArray();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TwoCapitalised();
}
