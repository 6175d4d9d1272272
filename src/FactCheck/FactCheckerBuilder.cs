using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Conflicts;
using FactCheck.Entities;
using FactCheck.Languages;
using FactCheck.Text;
using FactCheck.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck;

/// <summary>
/// Composes the pipeline. Every stage has a default; replace any of them through its interface, then
/// <see cref="Build"/> an immutable, thread-safe <see cref="FactChecker"/>. The builder itself is not thread-safe.
/// </summary>
public sealed class FactCheckerBuilder
{
    private readonly FactCheckOptions _options = new();
    private ILoggerFactory _loggerFactory = NullLoggerFactory.Instance;
    private LanguagePack _language = LanguagePack.English;
    private IBoilerplateRemover? _boilerplate;
    private ISentenceSplitter? _sentences;
    private IEntityRecognizer? _recognizer;
    private IQuoteExtractor? _quotes;
    private ITimeNormalizer? _time;
    private IEntityResolver? _resolver;
    private IClaimExtractor? _claims;
    private IClaimAligner? _aligner;
    private IConflictDetector? _conflicts;

    /// <summary>
    /// The conflict comparers the default conflict detector runs, in order (<see cref="ConflictComparers.CreateDefault"/>
    /// to start with). Add a comparer or remove one by name before <see cref="Build"/>; ignored when
    /// <see cref="UseConflictDetector"/> replaces the detector.
    /// </summary>
    public Rules.RuleList<IConflictComparer> Comparers { get; } = ConflictComparers.CreateDefault();

    /// <summary>Changes the pipeline's options.</summary>
    public FactCheckerBuilder Configure(Action<FactCheckOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_options);
        return this;
    }

    /// <summary>
    /// Reads options from configuration, typically <c>configuration.GetSection("FactCheck")</c>. Keys (all optional;
    /// an absent key keeps the current value): <c>MaxDocumentLength</c> (default 5000000), <c>MaxDocuments</c>
    /// (default 20000), <c>MaxDegreeOfParallelism</c> (default: the processor count), <c>MinConfidence</c>
    /// (0 to 1, default 0), and <c>Kinds</c>, a true/false switch per finding kind named as in the report schema
    /// (<c>"Kinds": { "spelling": false }</c>; every kind is on by default). Values are read now, validated by
    /// <see cref="Build"/>. Reads <see cref="Microsoft.Extensions.Configuration.IConfiguration"/> directly (no reflection binder), so it stays trimming-
    /// and AOT-safe and needs only Microsoft.Extensions.Configuration.Abstractions.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not an option or kind, or a value does not parse; the message names the key.</exception>
    public FactCheckerBuilder Configure(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _options.Bind(configuration);
        return this;
    }

    /// <summary>Logs through <paramref name="loggerFactory"/> (default: no logging).</summary>
    public FactCheckerBuilder UseLoggerFactory(ILoggerFactory loggerFactory)
    {
        _loggerFactory = loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory));
        return this;
    }

    /// <summary>
    /// Reads the word lists of every default stage (text, entities, time, claims, alignment, conflicts) from
    /// <paramref name="language"/> (default: <see cref="LanguagePack.English"/>). Stages replaced through the other <c>Use...</c> methods keep whatever they
    /// were built with.
    /// </summary>
    public FactCheckerBuilder UseLanguage(LanguagePack language)
    {
        _language = language ?? throw new ArgumentNullException(nameof(language));
        return this;
    }

    /// <summary>Replaces the boilerplate stage.</summary>
    public FactCheckerBuilder UseBoilerplateRemover(IBoilerplateRemover remover) => Set(ref _boilerplate, remover);

    /// <summary>Replaces the sentence splitter.</summary>
    public FactCheckerBuilder UseSentenceSplitter(ISentenceSplitter splitter) => Set(ref _sentences, splitter);

    /// <summary>Replaces the entity recognizer.</summary>
    public FactCheckerBuilder UseEntityRecognizer(IEntityRecognizer recognizer) => Set(ref _recognizer, recognizer);

    /// <summary>Replaces the quotation extractor.</summary>
    public FactCheckerBuilder UseQuoteExtractor(IQuoteExtractor extractor) => Set(ref _quotes, extractor);

    /// <summary>Replaces the time normalizer.</summary>
    public FactCheckerBuilder UseTimeNormalizer(ITimeNormalizer normalizer) => Set(ref _time, normalizer);

    /// <summary>Replaces the entity resolver.</summary>
    public FactCheckerBuilder UseEntityResolver(IEntityResolver resolver) => Set(ref _resolver, resolver);

    /// <summary>Replaces the claim extractor.</summary>
    public FactCheckerBuilder UseClaimExtractor(IClaimExtractor extractor) => Set(ref _claims, extractor);

    /// <summary>Replaces the claim aligner.</summary>
    public FactCheckerBuilder UseClaimAligner(IClaimAligner aligner) => Set(ref _aligner, aligner);

    /// <summary>Replaces the conflict detector.</summary>
    public FactCheckerBuilder UseConflictDetector(IConflictDetector detector) => Set(ref _conflicts, detector);

    /// <summary>Validates the options and freezes the pipeline into a checker.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it and its valid range).</exception>
    public FactChecker Build()
    {
        var options = _options.Clone();
        options.Validate();
        var lf = _loggerFactory;
        var lang = _language;
        var stages = new PipelineStages(
            _boilerplate ?? new BoilerplateRemover(lf.CreateLogger<BoilerplateRemover>(), lang),
            _sentences ?? new SentenceSplitter(lf.CreateLogger<SentenceSplitter>(), lang),
            _recognizer ?? new EntityRecognizer(lf.CreateLogger<EntityRecognizer>(), lang),
            _quotes ?? new QuoteExtractor(lf.CreateLogger<QuoteExtractor>(), lang),
            _time ?? new TimeNormalizer(lf.CreateLogger<TimeNormalizer>(), lang),
            _resolver ?? new EntityResolver(lf.CreateLogger<EntityResolver>(), lang),
            _claims ?? new ClaimExtractor(lf.CreateLogger<ClaimExtractor>(), lang),
            _aligner ?? new ClaimAligner(lf.CreateLogger<ClaimAligner>(), lang),
            _conflicts ?? new ConflictDetector(lf.CreateLogger<ConflictDetector>(), Comparers.ToArray(), lang));
        return new FactChecker(stages, options, lf.CreateLogger<FactChecker>());
    }

    private FactCheckerBuilder Set<T>(ref T? field, T value)
        where T : class
    {
        field = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }
}

internal sealed record PipelineStages(
    IBoilerplateRemover Boilerplate,
    ISentenceSplitter Sentences,
    IEntityRecognizer Recognizer,
    IQuoteExtractor Quotes,
    ITimeNormalizer Time,
    IEntityResolver Resolver,
    IClaimExtractor Claims,
    IClaimAligner Aligner,
    IConflictDetector Conflicts);
