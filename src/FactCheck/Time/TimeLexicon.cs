using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Languages;
using FactCheck.Rules;

namespace FactCheck.Time;

/// <summary>
/// The vocabulary of time expressions and the time rules built on it, read once per <see cref="LanguagePack"/>
/// (<see cref="For"/>): a checker built with another pack scans with that pack's words only.
/// </summary>
internal sealed class TimeLexicon
{
    private const string Use = "time";

    private TimeLexicon(LanguagePack pack)
    {
        Months = IntMap(pack, "months");
        Weekdays = IntMap(pack, "weekdays");

        // An abbreviation is a name that starts a longer name of the same month ("sept" of "september"); it may take a period.
        MonthAbbreviations = Months
            .Where(a => Months.Any(b => b.Value == a.Value && b.Key.Length > a.Key.Length && b.Key.StartsWith(a.Key, StringComparison.OrdinalIgnoreCase)))
            .Select(a => a.Key)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PartsOfDay = pack.Map("parts-of-day", Use);
        Numbers = pack.Map("numbers", Use);
        Ordinals = IntMap(pack, "ordinals");
        Units = pack.Map("units", Use);
        Seasons = pack.Map("seasons", Use);
        RelativeModifiers = IntMap(pack, "relative-modifiers");
        RelativeDays = pack.Map("relative-days", Use);
        EdgeModifiers = pack.Set("edge-modifiers", Use);
        PeriodEdges = pack.Set("period-edges", Use);
        PastCues = pack.Set("past-cues", Use);
        TargetPrepositions = pack.Set("target-prepositions", Use);
        ForecastNouns = pack.Set("forecast-nouns", Use);
        // Two-word cues ("set for") count only as a pair: either word alone says nothing ("set fire", "for years").
        var future = pack.Lines("future-cues", Use);
        FutureCues = future.Where(c => !c.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FutureCuePairs = future.Where(c => c.Contains(' ', StringComparison.Ordinal))
            .Select(c => c.Split(' ', 2))
            .GroupBy(p => p[1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        YearCues = pack.Set("year-cues", Use);
        MonthCues = pack.Set("month-cues", Use);
        PeriodNouns = Phrases(pack.Lines("period-nouns", Use));
        TimeZones = Phrases(pack.Lines("time-zones", Use));
        var holidays = pack.Map("holidays", Use);
        Holidays = holidays.ToFrozenDictionary(
            kv => kv.Key,
            kv => (int.Parse(kv.Value.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(kv.Value.AsSpan(3, 2), CultureInfo.InvariantCulture)),
            StringComparer.OrdinalIgnoreCase);
        HolidayPhrases = Phrases(holidays.Keys.Order(StringComparer.Ordinal));
        ReferenceWords = pack.Map("reference-words", Use);
        ReferencePhrases = Phrases(ReferenceWords.Keys.Order(StringComparer.Ordinal));
        SetWords = pack.Map("set-words", Use);
        DurationModifiers = [.. pack.Lines("duration-modifiers", Use).Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length)];
        PeriodReferences = [.. pack.Lines("period-references", Use).Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length)];

        // Every word a rule can start on, so most words are passed over after one look-up.
        Starters = Months.Keys.Concat(Weekdays.Keys).Concat(RelativeModifiers.Keys).Concat(EdgeModifiers)
            .Concat(RelativeDays.Keys).Concat(Seasons.Keys).Concat(Ordinals.Keys).Concat(Numbers.Keys).Concat(Units.Keys)
            .Concat(PeriodEdges).Concat(HolidayPhrases.Keys).Concat(["following", "day", "noon", "midnight"])
            .ToFrozenSet(StringComparer.Ordinal);

        // Every word the lexicon or a rule names, each as one shared string. It holds every starter and every phrase's
        // first word, so a word outside it can start no rule and the scanner need not make its lower-case string.
        KnownWords = Months.Keys.Concat(MonthAbbreviations).Concat(Weekdays.Keys).Concat(PartsOfDay.Keys).Concat(Numbers.Keys)
            .Concat(Ordinals.Keys).Concat(Units.Keys).Concat(Seasons.Keys).Concat(RelativeModifiers.Keys).Concat(RelativeDays.Keys)
            .Concat(EdgeModifiers).Concat(PeriodEdges).Concat(PastCues).Concat(FutureCues).Concat(YearCues).Concat(MonthCues)
            .Concat(TargetPrepositions).Concat(ForecastNouns).Concat(FutureCuePairs.Keys).Concat(FutureCuePairs.Values.SelectMany(f => f))
            .Concat(SetWords.Keys).Concat(DurationModifiers.SelectMany(p => p)).Concat(PeriodReferences.SelectMany(p => p))
            .Concat(ReferencePhrases.Values.SelectMany(p => p).SelectMany(p => p))
            .Concat(Starters).Concat(Holidays.Keys)
            .Concat(PeriodNouns.Values.Concat(TimeZones.Values).Concat(HolidayPhrases.Values).SelectMany(p => p).SelectMany(p => p))
            .Concat(TimeScanner.RuleWords)
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(w => w, w => w, StringComparer.Ordinal);
        KnownWordLookup = KnownWords.GetAlternateLookup<ReadOnlySpan<char>>();

        Rules = TimeScanner.BuildRules(this);
        NumberRules = [.. Rules.Where(r => r.OnNumbers)];
        RulesByTrigger = Rules
            .SelectMany(r => r.Triggers.Select(t => (Trigger: t, Rule: r)))
            .GroupBy(x => x.Trigger, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Rules.Where(r => g.Any(x => ReferenceEquals(x.Rule, r))).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The time rules over this lexicon's words, in the order they are tried at a token.</summary>
    public RuleList<TimeRule> Rules { get; }

    /// <summary>The rules that may start on a number.</summary>
    public TimeRule[] NumberRules { get; }

    /// <summary>For each trigger word, the rules it can start, in list order.</summary>
    public FrozenDictionary<string, TimeRule[]> RulesByTrigger { get; }

    /// <summary>The English lexicon (<see cref="LanguagePack.English"/>).</summary>
    public static TimeLexicon Default => For(LanguagePack.English);

    /// <summary>The lexicon of <paramref name="pack"/>, built once and kept with the pack.</summary>
    public static TimeLexicon For(LanguagePack pack) => pack.Lexicon(static p => new TimeLexicon(p));

    public FrozenDictionary<string, int> Months { get; }

    public FrozenSet<string> MonthAbbreviations { get; }

    public FrozenDictionary<string, int> Weekdays { get; }

    public FrozenDictionary<string, string> PartsOfDay { get; }

    public FrozenDictionary<string, string> Numbers { get; }

    public FrozenDictionary<string, int> Ordinals { get; }

    public FrozenDictionary<string, string> Units { get; }

    public FrozenDictionary<string, string> Seasons { get; }

    public FrozenDictionary<string, int> RelativeModifiers { get; }

    /// <summary>yesterday = -1, tonight = 0 NI: a day offset and an optional part-of-day code.</summary>
    public FrozenDictionary<string, string> RelativeDays { get; }

    public FrozenSet<string> EdgeModifiers { get; }

    public FrozenSet<string> PeriodEdges { get; }

    /// <summary>Lower-case words on which some rule may start.</summary>
    public FrozenSet<string> Starters { get; }

    /// <summary>Lower-case words of the lexicon and the rules, each mapped to itself (one shared string per word).</summary>
    public FrozenDictionary<string, string> KnownWords { get; }

    /// <summary><see cref="KnownWords"/> looked up by a span, so a token's word is found without making a string.</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownWordLookup { get; }

    public FrozenSet<string> PastCues { get; }

    /// <summary>Words before a year that make it a target or deadline ("by 1992"): looked forward to, whatever the verb's tense.</summary>
    public FrozenSet<string> TargetPrepositions { get; }

    /// <summary>Nouns a year can modify to name a forecast or plan ("his 1990 earnings projection").</summary>
    public FrozenSet<string> ForecastNouns { get; }

    public FrozenSet<string> FutureCues { get; }

    /// <summary>Two-word future cues by their second word, each with the first words it pairs with.</summary>
    public FrozenDictionary<string, FrozenSet<string>> FutureCuePairs { get; }

    public FrozenSet<string> YearCues { get; }

    public FrozenSet<string> MonthCues { get; }

    /// <summary>Period nouns as word sequences by first word, longest first.</summary>
    public FrozenDictionary<string, string[][]> PeriodNouns { get; }

    /// <summary>Time-zone words as word sequences by first word, longest first.</summary>
    public FrozenDictionary<string, string[][]> TimeZones { get; }

    public FrozenDictionary<string, (int Month, int Day)> Holidays { get; }

    /// <summary>"now" = PRESENT_REF, "the future" = FUTURE_REF: phrases naming the present, past or future as a whole.</summary>
    public FrozenDictionary<string, string> ReferenceWords { get; }

    /// <summary><see cref="ReferenceWords"/> as word sequences by first word, longest first.</summary>
    public FrozenDictionary<string, string[][]> ReferencePhrases { get; }

    /// <summary>"daily" = P1D: adverbs naming a recurring time, with the TIMEX3 value of the set.</summary>
    public FrozenDictionary<string, string> SetWords { get; }

    /// <summary>Words before a count of units that belong to the duration ("nearly", "more than"), longest first.</summary>
    public string[][] DurationModifiers { get; }

    /// <summary>Words between "the" and "quarter" or "period" that point at the last named period ("latest"), longest first.</summary>
    public string[][] PeriodReferences { get; }

    /// <summary>Holiday names as word sequences by first word (a possessive is its own token), longest first.</summary>
    public FrozenDictionary<string, string[][]> HolidayPhrases { get; }

    private static FrozenDictionary<string, int> IntMap(LanguagePack pack, string name) =>
        pack.Map(name, Use).ToFrozenDictionary(
            kv => kv.Key,
            kv => int.Parse(kv.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            StringComparer.OrdinalIgnoreCase);

    // Phrases are split the way the tokenizer splits text, so they can be compared token by token; they are
    // indexed by their first token, longest first.
    private static FrozenDictionary<string, string[][]> Phrases(IEnumerable<string> lines) =>
        lines.Select(l => TimeTokenizer.Tokenize(l.ToLowerInvariant(), 0, l.Length).Select(t => t.Lower!).ToArray())
            .Where(p => p.Length > 0)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Length).ThenBy(p => string.Join(' ', p), StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
}
