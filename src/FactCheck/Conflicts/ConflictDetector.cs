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

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="comparers">The comparers to run, in order; <see cref="ConflictComparers.CreateDefault"/> when null.</param>
    /// <exception cref="ArgumentException">Two comparers share a name, or one has none.</exception>
    public ConflictDetector(ILogger<ConflictDetector>? logger = null, IEnumerable<IConflictComparer>? comparers = null)
    {
        _comparers = [.. comparers is null ? ConflictComparers.CreateDefault() : new Rules.RuleList<IConflictComparer>(comparers)];
        _logger = logger ?? NullLogger<ConflictDetector>.Instance;
    }

    /// <summary>The comparers this stage runs, in order.</summary>
    public IReadOnlyList<IConflictComparer> Comparers => _comparers;

    /// <inheritdoc />
    public ConflictResult Detect(ConflictContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = new DetectionScope(context);
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
            return fact;
        }

        return fact with { Status = severity == Severity.Contradiction ? FactStatus.Contradicting : FactStatus.Differing };
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
    public static DateKey? Parse(string? value, string text)
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
        var isExplicit = text.Any(char.IsDigit) || Lexicon.Months.ContainsKey(ClaimText.Words(text).FirstOrDefault() ?? string.Empty);
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
