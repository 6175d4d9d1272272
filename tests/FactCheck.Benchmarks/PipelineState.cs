using System.Diagnostics;
using System.Text;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Conflicts;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.StoryGenerator;
using FactCheck.Text;
using FactCheck.Time;

namespace FactCheck.Benchmarks;

/// <summary>
/// Every intermediate result of the pipeline on one corpus, computed once (single-threaded, in the order of
/// <see cref="FactChecker.Check"/>), so each stage can be timed alone on realistic input.
/// </summary>
internal sealed class PipelineState
{
    public required SourceDocument[] Sources { get; init; }
    public required AnalyzedDocument[] Cleaned { get; init; }
    public required AnalyzedDocument[] Split { get; init; }
    public required AnalyzedDocument[] Recognized { get; init; }
    public required AnalyzedDocument[] Docs { get; init; }
    public required EntityResolution Entities { get; init; }
    public required Claim[] Claims { get; init; }
    public required IReadOnlyList<AlignedFact> Facts { get; init; }
    public required ConflictContext Context { get; init; }
    public required ConsistencyReport Report { get; init; }
    public required long Utf8Bytes { get; init; }

    public static Stages NewStages() => new();

    public static PipelineState Build(GeneratedStory story) => Build(story.Documents);

    public static PipelineState Build(IEnumerable<SourceDocument> documents)
    {
        var s = NewStages();
        // As FactChecker.Check: the stages see content-derived names in content order (issue 17, item 11).
        var sources = DocumentNames.Canonicalize(documents.ToArray()).Documents;
        var lines = s.Boilerplate.Clean(sources);
        var cleaned = sources.Select((d, i) => Regions(new AnalyzedDocument(d) { Lines = lines[i] })).ToArray();
        var split = cleaned.Select(d => d with { Sentences = s.Sentences.Split(d.Text, d.Regions) }).ToArray();
        var recognized = split.Select(d => d with { Mentions = s.Recognizer.Recognize(d) }).ToArray();
        var docs = recognized.Select(d => d with { Quotes = s.Quotes.Extract(d) }).ToArray();
        var time = s.Time.Normalize(docs);
        docs = docs.Select((d, i) => d with { Time = time.Documents[i] }).ToArray();
        var entities = s.Resolver.Resolve(docs);
        docs = docs.Select(d => d with { Claims = s.Claims.Extract(d, entities) }).ToArray();
        var claims = docs.SelectMany(d => d.Claims).ToArray();
        var facts = s.Aligner.Align(claims, docs, entities);
        var context = new ConflictContext(docs, entities, claims, facts);
        var report = FactChecker.CreateDefault().Check(sources);
        return new PipelineState
        {
            Sources = sources,
            Cleaned = cleaned,
            Split = split,
            Recognized = recognized,
            Docs = docs,
            Entities = entities,
            Claims = claims,
            Facts = facts,
            Context = context,
            Report = report,
            Utf8Bytes = sources.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)),
        };
    }

    /// <summary>Runs every stage once, single-threaded and in pipeline order, passing each stage's wall time to <paramref name="record"/>.</summary>
    public static (AnalyzedDocument[] Docs, Claim[] Claims, IReadOnlyList<AlignedFact> Facts, ConflictResult Conflicts) RunTimed(SourceDocument[] sources, Action<string, double> record)
    {
        var s = NewStages();
        T Time<T>(string name, Func<T> f)
        {
            var sw = Stopwatch.StartNew();
            var r = f();
            record(name, sw.Elapsed.TotalSeconds);
            return r;
        }

        sources = DocumentNames.Canonicalize(sources).Documents;
        var lines = Time("boilerplate", () => s.Boilerplate.Clean(sources));
        var docs = sources.Select((d, i) => Regions(new AnalyzedDocument(d) { Lines = lines[i] })).ToArray();
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
        return (docs, claims, facts, conflicts);
    }

    /// <summary>The kept regions, computed as <see cref="FactChecker"/> does.</summary>
    public static AnalyzedDocument Regions(AnalyzedDocument d) =>
        d with { Regions = d.Lines.Where(l => l.Kept && l.End > l.Start).Select(l => new TextSpan(l.Start, l.End)).ToArray() };

    internal sealed class Stages
    {
        public BoilerplateRemover Boilerplate { get; } = new();
        public SentenceSplitter Sentences { get; } = new();
        public EntityRecognizer Recognizer { get; } = new();
        public QuoteExtractor Quotes { get; } = new();
        public TimeNormalizer Time { get; } = new();
        public EntityResolver Resolver { get; } = new();
        public ClaimExtractor Claims { get; } = new();
        public ClaimAligner Aligner { get; } = new();
        public ConflictDetector Conflicts { get; } = new();
    }
}
