using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Languages;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace FactCheck.Conflicts;

/// <summary>
/// Default <see cref="IConflictDetector"/>. Tells agreement, complementary detail, difference and contradiction
/// apart: dates by event counting, numbers with bounds and reporting time, quote wording and attribution,
/// roles and titles, characterization (incompatible verbs, paraphrases that misstate their own quote), and the
/// stance matrix of who demanded what. Work is bounded per fact, per quote block and per entity.
/// </summary>
public sealed partial class ConflictDetector : IConflictDetector
{
    private readonly IConflictComparer[] _comparers;
    private readonly ILogger _logger;
    private readonly Lexicon _lexicon;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="comparers">The comparers to run, in order; <see cref="ConflictComparers.CreateDefault"/> when null.</param>
    /// <exception cref="ArgumentException">Two comparers share a name, or one has none.</exception>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public ConflictDetector(ILogger<ConflictDetector>? logger = null, IEnumerable<IConflictComparer>? comparers = null, LanguagePack? language = null)
    {
        _lexicon = Lexicon.For(language ?? LanguagePack.English);
        _comparers = [.. comparers is null ? ConflictComparers.CreateDefault() : new Rules.RuleList<IConflictComparer>(comparers)];
        _logger = logger ?? NullLogger<ConflictDetector>.Instance;
    }

    /// <summary>The comparers this stage runs, in order.</summary>
    public IReadOnlyList<IConflictComparer> Comparers => _comparers;

    /// <inheritdoc />
    public ConflictResult Detect(ConflictContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = new DetectionScope(context, _lexicon);
        scope.Stances = CoverageRules.Stances(scope);
        foreach (var comparer in _comparers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scope.CurrentRule = comparer.Name;
            comparer.Compare(scope, cancellationToken);
        }

        scope.CurrentRule = null;
        var stances = scope.Stances;
        var facts = context.Facts.Select(f => Revise(scope, f)).ToArray();
        var findings = scope.Findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
        LogDetected(_logger, findings.Length, stances.Count);
        return new ConflictResult(facts, findings, stances);
    }

    private static AlignedFact Revise(DetectionScope scope, AlignedFact fact)
    {
        if (!scope.FactSeverity.TryGetValue(fact.Id, out var severity))
        {
            return fact.Status == FactStatus.Agreed && !StatedAlike(scope, fact) ? fact with { Status = FactStatus.Complementary } : fact;
        }

        return fact with { Status = severity == Severity.Contradiction ? FactStatus.Contradicting : FactStatus.Differing };
    }

























    /// <summary>
    /// Rule <c>agreement-stated</c>: a fact is agreed only when the outlets' own statements hold it: every stating
    /// outlet names the same key entities, and at least two outlets name all of them inside the stating text itself
    /// (not through a pronoun, an aside or a neighbouring sentence's subject).
    /// </summary>
    private static bool StatedAlike(DetectionScope scope, AlignedFact fact)
    {
        var perDocument = fact.Claims.GroupBy(c => c.Document, StringComparer.Ordinal)
            .Select(g => (Document: g.Key, Entities: g.SelectMany(ClaimFrames.KeyEntities).ToHashSet(StringComparer.Ordinal), Claims: g.ToList()))
            .ToList();
        if (perDocument.Count < 2 || perDocument.Skip(1).Any(d => !d.Entities.SetEquals(perDocument[0].Entities)))
        {
            return false;
        }

        var key = perDocument[0].Entities;
        if (key.Count == 0)
        {
            return true;
        }

        var explicitly = 0;
        foreach (var (document, _, claims) in perDocument)
        {
            var view = scope.Views[document];
            if (claims.Any(c => key.All(view.MentionsIn(c.Start, c.End).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal).Contains)) && ++explicitly >= 2)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Detected {Findings} findings and {Stances} stances")]
    private static partial void LogDetected(ILogger logger, int findings, int stances);
}

/// <summary>A date reduced to what can be compared: year (when written), month, day.</summary>
internal sealed record DateKey(string? Year, string? Month, string? Day, bool Explicit)
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public string Display => Month is null ? Year ?? "?" : MonthNames[int.Parse(Month, CultureInfo.InvariantCulture) - 1] + (Day is null ? string.Empty : " " + int.Parse(Day, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) + (Year is null ? string.Empty : " " + Year);

    /// <summary>Same date at the precision both give; a year only counts when both texts write it out.</summary>
    public bool Matches(DateKey other) =>
        Month == other.Month
        && (Day is null || other.Day is null || Day == other.Day)
        && (Year is null || other.Year is null || Year == other.Year);

    /// <summary>Reads <c>2016-09</c>, <c>2016-09-14</c>, <c>XXXX-07</c>; the year is kept only when <paramref name="text"/> writes it.</summary>
    public static DateKey? Parse(string? value, string text, Lexicon lexicon)
    {
        if (value is null || value.Length < 7 || value[4] != '-')
        {
            return null;
        }

        var month = value.Substring(5, 2);
        if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12)
        {
            return null;
        }

        string? day = value.Length >= 10 && value[7] == '-' ? value.Substring(8, 2) : null;
        var writtenYear = text.Any(char.IsDigit) && text.Contains(value[..4], StringComparison.Ordinal);
        var year = writtenYear ? value[..4] : null;
        var isExplicit = text.Any(char.IsDigit) || lexicon.Months.ContainsKey(ClaimText.Words(text, lexicon).FirstOrDefault() ?? string.Empty);
        return new DateKey(year, month, day, isExplicit);
    }

    /// <summary>Groups keys that match at the precision both give, in date order.</summary>
    public static List<DateKey> Group(DateKey[] keys)
    {
        var groups = new List<DateKey>();
        foreach (var k in keys.OrderBy(k => k.Month).ThenBy(k => k.Day).ThenBy(k => k.Year))
        {
            if (!groups.Any(g => g.Matches(k)))
            {
                groups.Add(k);
            }
        }

        return groups;
    }
}
