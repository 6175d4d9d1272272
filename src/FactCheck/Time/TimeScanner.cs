using System.Collections.Frozen;
using System.Globalization;

namespace FactCheck.Time;

/// <summary>
/// Finds time expressions in one region of text (a sentence or a kept line). Each rule looks at a bounded
/// number of tokens from the current one, so a scan is linear in the region's length. Holds no state
/// beyond the region it scans.
/// </summary>
internal sealed partial class TimeScanner
{
    private const int MinYear = 1800;
    private const int MaxYear = 2199;
    private const int TenseWindowBack = 8;
    private const int TenseWindowForward = 6;

    /// <summary>A reused scanner whose token list grew past this is dropped after the region.</summary>
    private const int MaxKeptTokens = 4096;

    // Grammar words that end the noun phrase naming an event ("three days after the storm hit").
    private static readonly HashSet<string> PhraseStops = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "when", "where", "while", "and", "or", "but", "to", "in", "on", "at", "of", "with",
        "as", "for", "by", "from", "was", "were", "is", "are", "had", "has", "have", "be", "been", "said", "says",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my", "your",
    };

    /// <summary>
    /// Words the rules below compare tokens with, beyond the lexicon's: the tokenizer gives them one shared string, so
    /// looking at them around an expression allocates nothing (any other word is still read correctly, just made on demand).
    /// </summary>
    internal static readonly string[] RuleWords =
    [
        .. PhraseStops, .. Determiners, "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "after", "ago", "around", "before", "being", "between",
        "coming", "couple", "day", "dozen", "during", "earlier", "few", "following", "later", "last", "midnight", "more", "next", "no",
        "noon", "now", "over", "past", "previous", "quarter", "recent", "since", "through", "till", "until", "within", "s", "st", "nd",
        "rd", "th", "every", "each", "other", "period", "quarter", "year", "least", "than", "latest", "same",
    ];

    // One scanner per thread, reused for every region: its token and match lists keep their capacity.
    [ThreadStatic]
    private static TimeScanner? t_scanner;

    private readonly List<TimeToken> _t = new(64);
    private readonly List<(int From, int To, TimeSpec Spec, string Rule)> _found = [];
    private readonly TimeLexicon _lx;
    private string _text = string.Empty;

    private TimeScanner(TimeLexicon lexicon)
    {
        _lx = lexicon;
    }

    /// <summary>Scans <c>text[start..end)</c> with the English lexicon and appends its expressions to <paramref name="output"/>.</summary>
    public static void Scan(string text, int start, int end, int region, List<TimeMention> output) =>
        Scan(TimeLexicon.Default, text, start, end, region, output);

    /// <summary>Scans <c>text[start..end)</c> with <paramref name="lexicon"/> and appends its expressions to <paramref name="output"/>.</summary>
    public static void Scan(TimeLexicon lexicon, string text, int start, int end, int region, List<TimeMention> output)
    {
        var scanner = t_scanner is { } kept && ReferenceEquals(kept._lx, lexicon) ? kept : t_scanner = new TimeScanner(lexicon);
        Scan(scanner, text, start, end, region, output);

        // Keep neither the text nor a huge region's tokens alive on this thread.
        scanner._text = string.Empty;
        if (scanner._t.Capacity > MaxKeptTokens)
        {
            t_scanner = null;
        }
    }

    private static void Scan(TimeScanner scanner, string text, int start, int end, int region, List<TimeMention> output)
    {
        var tokens = scanner._t;
        var found = scanner._found;
        tokens.Clear();
        found.Clear();
        scanner._text = text;
        TimeTokenizer.Tokenize(text, start, end, tokens, scanner._lx.KnownWordLookup);
        if (tokens.Count == 0)
        {
            return;
        }

        var i = 0;
        while (i < tokens.Count)
        {
            var m = scanner.MatchAt(i, out var rule);
            if (m is { } match && match.To > i)
            {
                if (match.Spec is not null)
                {
                    found.Add((match.From, match.To, match.Spec, rule!.Name));
                }

                i = match.To;
            }
            else
            {
                i++;
            }
        }

        scanner.MergeRanges(found);
        scanner.MergeClockAndDay(found);
        foreach (var (from, to, spec, rule) in found)
        {
            output.Add(new TimeMention(tokens[from].Start, tokens[to - 1].End, spec, scanner.TenseOf(from, to, spec), region) { Rule = rule });
        }
    }

    // ---- token helpers ----------------------------------------------------------------------------

    private string L(int i) => i >= 0 && i < _t.Count ? Lower(i) : string.Empty;

    private string W(int i) => i >= 0 && i < _t.Count && _t[i].IsWord ? Lower(i) : string.Empty;

    /// <summary>Token <paramref name="i"/>'s lower-case form, made (once) if the tokenizer left it out.</summary>
    private string Lower(int i)
    {
        var token = _t[i];
        if (token.Lower is { } lower)
        {
            return lower;
        }

        lower = TimeTokenizer.LowerOf(_text, token);
        _t[i] = token with { Lower = lower };
        return lower;
    }

    private bool Cap(int i) => i >= 0 && i < _t.Count && char.IsUpper(_text[_t[i].Start]);

    private bool Adjacent(int i) => i > 0 && i < _t.Count && _t[i].Start == _t[i - 1].End;

    private bool Punct(int i, char c) => i >= 0 && i < _t.Count && _t[i].IsPunct(c);

    private int Num(int i) => i >= 0 && i < _t.Count ? _t[i].Number : -1;

    private int NumLen(int i) => i >= 0 && i < _t.Count && _t[i].IsNumber ? _t[i].End - _t[i].Start : 0;

    private bool IsYearNumber(int i) => NumLen(i) == 4 && Num(i) is >= MinYear and <= MaxYear;

    /// <summary>A capitalized month name at <paramref name="i"/> (and its period, if abbreviated).</summary>
    private int? MonthAt(int i, out int next)
    {
        next = i;
        if (!Cap(i) || !_lx.Months.TryGetValue(W(i), out var month))
        {
            return null;
        }

        next = i + 1;
        if (Punct(next, '.') && Adjacent(next) && _lx.MonthAbbreviations.Contains(W(i)))
        {
            next++;
        }

        return month;
    }

    /// <summary>A weekday name at <paramref name="i"/>; abbreviations need their period.</summary>
    private DayOfWeek? WeekdayAt(int i, out int next)
    {
        next = i;
        var w = W(i);
        if (!_lx.Weekdays.TryGetValue(w, out var day))
        {
            return null;
        }

        next = i + 1;
        if (w.Length < 6)
        {
            if (!Cap(i) || !Punct(next, '.') || !Adjacent(next))
            {
                return null;
            }

            next++;
        }

        return (DayOfWeek)day;
    }

    /// <summary>A day of the month (1 to 31), with an optional ordinal suffix.</summary>
    private int? DayAt(int i, out int next)
    {
        next = i;
        var n = Num(i);
        if (NumLen(i) is < 1 or > 2 || n is < 1 or > 31)
        {
            return null;
        }

        next = i + 1;
        if (Adjacent(next) && W(next) is "st" or "nd" or "rd" or "th")
        {
            next++;
        }

        return n;
    }

    /// <summary>A count: digits, number words (also hyphenated, "twenty-one"), "a few", "a couple of".</summary>
    private string? CountAt(int i, out int next)
    {
        next = i;
        if (_t.Count <= i)
        {
            return null;
        }

        if (_t[i].IsNumber)
        {
            if (NumLen(i) > 4 || Punct(i + 1, ',') || Punct(i + 1, '.') && Adjacent(i + 1) && _t.Count > i + 2 && _t[i + 2].IsNumber)
            {
                return null;
            }

            next = i + 1;
            return Lower(i).TrimStart('0') is { Length: > 0 } digits ? digits : null;
        }

        var w = W(i);
        if (w is "a" or "an")
        {
            var after = W(i + 1);
            if (after is "few")
            {
                next = i + 2;
                return "X";
            }

            if (after is "couple")
            {
                next = W(i + 2) == "of" ? i + 3 : i + 2;
                return "2";
            }

            if (after is "dozen")
            {
                next = i + 2;
                return "12";
            }

            next = i + 1;
            return "1";
        }

        if (!_lx.Numbers.TryGetValue(w, out var value))
        {
            return null;
        }

        next = i + 1;
        if (value != "X" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var tens) && tens >= 20 && tens < 100 && tens % 10 == 0)
        {
            // "twenty-one", and "twenty one" written apart.
            var hyphen = Punct(i + 1, '-') && Adjacent(i + 1);
            var o = hyphen ? i + 2 : i + 1;
            if (W(o) is not ("a" or "an") && _lx.Numbers.TryGetValue(W(o), out var unitsValue)
                && int.TryParse(unitsValue, NumberStyles.None, CultureInfo.InvariantCulture, out var ones) && ones is > 0 and < 10)
            {
                next = o + 1;
                return (tens + ones).ToString(CultureInfo.InvariantCulture);
            }
        }

        return value;
    }

    private string? UnitAt(int i) => _lx.Units.TryGetValue(W(i), out var u) ? u : null;

    /// <summary>Longest phrase of <paramref name="phrases"/> starting at token <paramref name="i"/>; returns the index past it, or -1.</summary>
    private int PhraseAt(int i, FrozenDictionary<string, string[][]> phrases)
    {
        // A word the tokenizer left without its string is no known word, so it starts no phrase.
        if (i >= _t.Count || _t[i].Lower is not { } first || !phrases.TryGetValue(first, out var candidates))
        {
            return -1;
        }

        foreach (var p in candidates)
        {
            if (i + p.Length > _t.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < p.Length && ok; k++)
            {
                ok = string.Equals(L(i + k), p[k], StringComparison.Ordinal);
            }

            if (ok)
            {
                return i + p.Length;
            }
        }

        return -1;
    }

    /// <summary>A period noun within three words after <paramref name="i"/> ("2016 US presidential campaign"); index past it, or -1.</summary>
    private int PeriodNounAfter(int i)
    {
        for (var k = i; k < i + 3 && k < _t.Count && _t[k].IsWord; k++)
        {
            var end = PhraseAt(k, _lx.PeriodNouns);
            if (end > 0)
            {
                return end;
            }
        }

        return -1;
    }

    // ---- rules --------------------------------------------------------------------------------------

    internal readonly record struct Match(int From, int To, TimeSpec? Spec);

    /// <summary>The first rule, in <see cref="TimeLexicon.Rules"/> order, that matches at token <paramref name="i"/>.</summary>
    private Match? MatchAt(int i, out TimeRule? rule)
    {
        rule = null;
        var tok = _t[i];
        TimeRule[] candidates;
        if (tok.IsNumber)
        {
            candidates = _lx.NumberRules;
        }
        else if (!tok.IsWord || tok.Lower is not { } lower || !_lx.RulesByTrigger.TryGetValue(lower, out candidates!))
        {
            // A word the tokenizer left without its string is no known word, so no trigger.
            return null;
        }

        foreach (var r in candidates)
        {
            if (r.Match(this, i) is { } m)
            {
                rule = r;
                return m;
            }
        }

        return null;
    }

    /// <summary>The first rule that matches at token <paramref name="i"/> (for rules that read a nested expression).</summary>
    private Match? MatchAt(int i) => MatchAt(i, out _);

    /// <summary>ISO dates (2017-03-02), year ranges (2014-2016, 2014-16) and US numeric dates (3/2/2017).</summary>
    private Match? Numeric(int i)
    {
        if (NumLen(i) == 4 && Punct(i + 1, '-') && Adjacent(i + 1) && Adjacent(i + 2) && _t.Count > i + 2 && _t[i + 2].IsNumber)
        {
            var y = Num(i);
            if (NumLen(i + 2) <= 2 && Punct(i + 3, '-') && Adjacent(i + 3) && Adjacent(i + 4) && NumLen(i + 4) is 1 or 2)
            {
                var spec = new TimeSpec(SpecKind.Date) { Year = y, Month = Num(i + 2), Day = Num(i + 4) };
                return new Match(i, i + 5, IsValid(spec) ? spec : null);
            }

            if (IsYearNumber(i) && NumLen(i + 2) is 2 or 4)
            {
                var y2 = NumLen(i + 2) == 4 ? Num(i + 2) : (y / 100 * 100) + Num(i + 2);
                if (y2 > y && y2 <= MaxYear)
                {
                    return new Match(i, i + 3, new TimeSpec(SpecKind.Range)
                    {
                        Base = new TimeSpec(SpecKind.Year) { Year = y },
                        End = new TimeSpec(SpecKind.Year) { Year = y2 },
                    });
                }
            }
        }

        if (NumLen(i) is 1 or 2 && Punct(i + 1, '/') && Adjacent(i + 1) && Adjacent(i + 2) && NumLen(i + 2) is 1 or 2
            && Punct(i + 3, '/') && Adjacent(i + 3) && Adjacent(i + 4) && NumLen(i + 4) is 2 or 4)
        {
            var y = NumLen(i + 4) == 4 ? Num(i + 4) : 2000 + Num(i + 4);
            var spec = new TimeSpec(SpecKind.Date) { Year = y, Month = Num(i), Day = Num(i + 2) };
            return new Match(i, i + 5, IsValid(spec) ? spec : null);
        }

        return null;
    }

    /// <summary>"1 March 2017", "2nd of March".</summary>
    private Match? DayLed(int i)
    {
        if (DayAt(i, out var j) is not { } day)
        {
            return null;
        }

        if (W(j) == "of")
        {
            j++;
        }

        if (MonthAt(j, out var k) is not { } month)
        {
            return null;
        }

        return DateWithOptionalYear(i, k, new TimeSpec(SpecKind.Date) { Month = month, Day = day });
    }

    /// <summary>A day and month, then an optional year ("2 March 2017", "March 2, 2017"); invalid dates get no value.</summary>
    private Match DateWithOptionalYear(int from, int k, TimeSpec spec)
    {
        if (Punct(k, ',') && IsYearNumber(k + 1))
        {
            spec = spec with { Year = Num(k + 1) };
            k += 2;
        }
        else if (IsYearNumber(k))
        {
            spec = spec with { Year = Num(k) };
            k++;
        }

        return new Match(from, k, IsValid(spec) ? spec : null);
    }

    /// <summary>Years (in 2016, the 2016 election, 2016's), decades (the 1990s).</summary>
    private Match? YearLed(int i)
    {
        if (!IsYearNumber(i))
        {
            return null;
        }

        var year = Num(i);
        if (Adjacent(i + 1) && W(i + 1) == "s" && year % 10 == 0)
        {
            return new Match(i, i + 2, new TimeSpec(SpecKind.Decade) { Year = year });
        }

        var prev = L(i - 1);
        if (prev is "$" or "#" or "no" || Punct(i + 1, '%') || Punct(i + 1, ',') && NumLen(i + 2) == 3)
        {
            return null;
        }

        var spec = new TimeSpec(SpecKind.Year) { Year = year };
        var to = i + 1;

        // A possessive ("2016's") marks the year as a time but stays outside the extent, as TIMEX3 has it.
        var possessive = L(to) == "'s";
        var periodEnd = PeriodNounAfter(possessive ? to + 1 : to);
        if (periodEnd > 0)
        {
            var from = prev == "the" ? i - 1 : i;
            return new Match(from, periodEnd, spec with { NamedPeriod = true });
        }

        var next = W(i + 1);
        var pluralNoun = next.Length > 3 && next[^1] == 's' && !next.EndsWith("ss", StringComparison.Ordinal) && !Cap(i + 1);
        var cue = _lx.YearCues.Contains(prev) || Punct(i - 1, '(') || Punct(i - 1, '-') && _lx.EdgeModifiers.Contains(W(i - 2))
            || Punct(i - 1, ',') && IsYearNumber(i - 2);
        var standalone = i == 0 && (Punct(i + 1, ',') || _t.Count == 1);

        // "its 1990 invasion", "the company's 1989 results", "that 1978 resolution": a year between a determiner and its noun.
        cue |= (Determiners.Contains(prev) || prev == "'s") && year is >= 1900 and < 2100 && _t.Count > i + 1 && _t[i + 1].IsWord;
        if (pluralNoun || !(cue || standalone || possessive))
        {
            return null;
        }

        return new Match(i, to, spec);
    }

    /// <summary>Clock times: 9:45 p.m., 10 a.m., 21:45 GMT, with an optional zone ("local time").</summary>
    private Match? Clock(int i)
    {
        var hour = Num(i);
        if (NumLen(i) is < 1 or > 2 || hour > 23)
        {
            return null;
        }

        var j = i + 1;
        var minute = 0;
        var hasMinutes = false;
        if (Punct(j, ':') && Adjacent(j) && NumLen(j + 1) == 2 && Adjacent(j + 1))
        {
            minute = Num(j + 1);
            hasMinutes = true;
            j += 2;
            if (minute > 59)
            {
                return null;
            }
        }

        var ampm = W(j).Replace(".", string.Empty, StringComparison.Ordinal);
        var hasAmPm = ampm is "am" or "pm";
        if (hasAmPm)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = ampm == "pm" ? (hour % 12) + 12 : hour % 12;
            j++;
            if (Punct(j, '.') && Adjacent(j) && W(j - 1).EndsWith('m') && !W(j - 1).EndsWith('.'))
            {
                j++;
            }
        }

        var zoneEnd = PhraseAt(j, _lx.TimeZones);
        if (!hasAmPm && !(hasMinutes && (zoneEnd > 0 || W(i - 1) is "at" or "by" or "until" or "from" or "after" or "before")))
        {
            return null;
        }

        if (zoneEnd > 0)
        {
            j = zoneEnd;
        }

        return new Match(i, j, new TimeSpec(SpecKind.Clock) { Hour = hour, Minute = minute });
    }

    /// <summary>"at noon", "at midnight".</summary>
    private Match? ClockWord(int i)
    {
        var w = W(i);
        if (w is not ("noon" or "midnight") || W(i - 1) is not ("at" or "by" or "until" or "after" or "before" or "around"))
        {
            return null;
        }

        return new Match(i, i + 1, new TimeSpec(SpecKind.Clock) { Hour = w == "noon" ? 12 : 0, Minute = 0 });
    }

    /// <summary>Fixed-date holidays (Christmas, New Year's Day), with an optional year.</summary>
    private Match? Holiday(int i)
    {
        if (!Cap(i))
        {
            return null;
        }

        var end = PhraseAt(i, _lx.HolidayPhrases);
        if (end < 0)
        {
            return null;
        }

        var name = string.Join(' ', Enumerable.Range(i, end - i).Select(L)).Replace(" 's", "'s", StringComparison.Ordinal);
        if (!_lx.Holidays.TryGetValue(name, out var md))
        {
            return null;
        }

        var spec = new TimeSpec(SpecKind.Date) { Month = md.Month, Day = md.Day };
        if (Punct(end, ',') && IsYearNumber(end + 1))
        {
            return new Match(i, end + 2, spec with { Year = Num(end + 1) });
        }

        return IsYearNumber(end) ? new Match(i, end + 1, spec with { Year = Num(end) }) : new Match(i, end, spec);
    }

    /// <summary>"the end of the year", "the start of this month": the period itself (relative to the anchor).</summary>
    private Match? PeriodEdge(int i)
    {
        if (W(i - 1) != "the" || !_lx.PeriodEdges.Contains(W(i)) || W(i + 1) != "of")
        {
            return null;
        }

        var j = i + 2;
        if (W(j) == "the" && UnitAt(j + 1) is { } unit && unit is "Y" or "M" or "W" or "DE" or "Q")
        {
            return new Match(i - 1, j + 2, new TimeSpec(SpecKind.Relative) { Unit = unit, Offset = 0 });
        }

        // "the end of this year", "the start of 2016", "the end of March": the inner expression, spanned from "the".
        return MatchAt(j) is { Spec: { } inner } m && inner.Kind is SpecKind.Relative or SpecKind.Date or SpecKind.Year or SpecKind.Season or SpecKind.Quarter
            ? m with { From = i - 1 }
            : null;
    }

    /// <summary>"the following week", "the day before", "the day after the vote": offsets from an event.</summary>
    private Match? FollowingUnit(int i)
    {
        if (W(i - 1) != "the")
        {
            return null;
        }

        if (W(i) == "following" && UnitAt(i + 1) is { } unit && !W(i + 1).EndsWith('s') && unit is "D" or "W" or "M" or "Y" or "WE")
        {
            return new Match(i - 1, i + 2, new TimeSpec(SpecKind.EventRelative) { Unit = unit, Offset = 1, Count = "1" });
        }

        if (W(i) == "day" && W(i + 1) is "before" or "after")
        {
            var sign = W(i + 1) == "after" ? 1 : -1;
            if (MatchAt(i + 2) is { Spec: { } inner } m && inner.Kind is SpecKind.Date or SpecKind.Weekday or SpecKind.Relative)
            {
                return new Match(i - 1, m.To, new TimeSpec(SpecKind.EventRelative) { Unit = "D", Offset = sign, Count = "1", Base = inner });
            }

            return new Match(i - 1, i + 2, new TimeSpec(SpecKind.EventRelative) { Unit = "D", Offset = sign, Count = "1" });
        }

        return null;
    }

    /// <summary>Expressions led by last/this/next or by early/late/earlier/mid.</summary>
    private Match? ModifierLed(int i)
    {
        var w = W(i);
        if (_lx.RelativeModifiers.TryGetValue(w, out var offset))
        {
            // "this past weekend", "this coming Friday": the second word gives the direction.
            if (w == "this" && W(i + 1) is "past" or "coming" && _lx.RelativeModifiers.TryGetValue(W(i + 1), out var second))
            {
                var d2 = second < 0 ? Direction.Last : Direction.Next;
                var inner = WeekdayLed(i + 2, i, d2) ?? MonthLed(i + 2, i, d2) ?? SeasonLed(i + 2, i, d2) ?? RelativeUnit(i + 1, second);
                return inner is { } im ? im with { From = i } : null;
            }

            var direction = offset < 0 ? Direction.Last : offset > 0 ? Direction.Next : Direction.This;
            return WeekdayLed(i + 1, i, direction) ?? MonthLed(i + 1, i, direction) ?? SeasonLed(i + 1, i, direction)
                ?? RelativeUnit(i, offset);
        }

        if (!_lx.EdgeModifiers.Contains(w))
        {
            return null;
        }

        var j = i + 1;
        if (Punct(j, '-') && Adjacent(j))
        {
            j++;
        }

        if (W(j) is "on" or "in")
        {
            j++;
        }

        if (_lx.RelativeModifiers.TryGetValue(W(j), out var off2) && W(j) is "this" or "last" or "next")
        {
            var inner = RelativeUnit(j, off2);
            return inner is { Spec: not null } m && m.Spec.Kind == SpecKind.Relative ? m with { From = i } : null;
        }

        var found = WeekdayLed(j, i, Direction.Implicit) ?? MonthLed(j, i, Direction.Implicit) ?? RelativeDay(j, i)
            ?? SeasonLed(j, i, Direction.Implicit);
        if (found is not null)
        {
            return found;
        }

        return IsYearNumber(j) ? new Match(i, j + 1, new TimeSpec(SpecKind.Year) { Year = Num(j) }) : null;
    }

    /// <summary>last/this/next + unit: last year, this week, next month, last year's campaign, the past two years.</summary>
    private Match? RelativeUnit(int i, int offset)
    {
        var w = W(i);
        var afterThe = W(i - 1) == "the";
        var j = i + 1;

        // "the past two years", "the next few weeks", "last several months": durations.
        var count = CountAt(j, out var afterCount);
        if (count is not null && count != "1" && UnitAt(afterCount) is { } countUnit && W(afterCount).EndsWith('s'))
        {
            return new Match(afterThe ? i - 1 : i, afterCount + 1, Duration(count, countUnit));
        }

        if (w is "coming" or "past" && UnitAt(j) is { } pluralUnit && W(j).EndsWith('s'))
        {
            return new Match(afterThe ? i - 1 : i, j + 1, Duration("X", pluralUnit));
        }

        // last night, this morning, this afternoon.
        if (_lx.PartsOfDay.TryGetValue(W(j), out var pod) && (offset == 0 || (offset == -1 && pod == "NI")))
        {
            return new Match(i, j + 1, new TimeSpec(SpecKind.Relative) { Unit = "D", Offset = offset, PartOfDay = pod });
        }

        if (UnitAt(j) is not { } unit || W(j).EndsWith('s') || unit is "TH" or "TM" or "2W")
        {
            return null;
        }

        // "the next day", "the previous day": a day counted from an event, not from the anchor.
        if (afterThe && unit == "D" && w is "next" or "previous")
        {
            return new Match(i - 1, j + 1, new TimeSpec(SpecKind.EventRelative) { Unit = "D", Offset = offset, Count = "1" });
        }

        if (afterThe && w is "past" or "last" or "next" or "coming")
        {
            return new Match(i - 1, j + 1, Duration("1", unit));
        }

        if (w is "past" or "coming" && W(i - 1) != "this")
        {
            return null;
        }

        // "last year's campaign" spans the named period; a bare possessive stays outside the extent.
        var to = j + 1;
        if (L(to) == "'s" && PeriodNounAfter(to + 1) is var periodEnd && periodEnd > 0)
        {
            to = periodEnd;
        }

        return new Match(i, to, new TimeSpec(SpecKind.Relative) { Unit = unit, Offset = offset });
    }

    /// <summary>Weekday expressions: Wednesday, Wednesday night, Thursday morning's, Monday, March 6.</summary>
    private Match? WeekdayLed(int i, int from, Direction direction)
    {
        if (WeekdayAt(i, out var j) is not { } weekday)
        {
            return null;
        }

        // A full date after the weekday wins: "Thursday, May 23, 2024".
        var k = Punct(j, ',') ? j + 1 : j;
        if (MonthLed(k, from, Direction.Implicit) is { Spec.Kind: SpecKind.Date } dated && dated.Spec.Day is not null)
        {
            // The weekday picks the year when the date has none ("Monday, March 6").
            return dated with { Spec = dated.Spec with { Weekday = weekday } };
        }

        if (DayLed(k) is { Spec: not null } dayFirst)
        {
            return dayFirst with { From = from };
        }

        // "the Sunday Times": a weekday followed by another capitalized word is part of a name.
        if (Cap(j) && _t[j].IsWord && !_lx.Months.ContainsKey(W(j)) && !_lx.PartsOfDay.ContainsKey(W(j)) && !_lx.Weekdays.ContainsKey(W(j)))
        {
            return null;
        }

        return WithPartOfDay(from, j, new TimeSpec(SpecKind.Weekday) { Weekday = weekday, Direction = direction });
    }

    /// <summary>Ends a day expression: an optional part of day ("Wednesday night") and a possessive ("Friday's vote").</summary>
    private Match WithPartOfDay(int from, int j, TimeSpec spec)
    {
        if (spec.PartOfDay is null && _lx.PartsOfDay.TryGetValue(W(j), out var pod))
        {
            spec = spec with { PartOfDay = pod };
            j++;
        }

        // A possessive ("Friday's vote") stays outside the extent.
        return new Match(from, j, spec);
    }

    /// <summary>Month expressions: Feb. 1, March 2, 2017, March 2017, in July, last September, the September meeting.</summary>
    private Match? MonthLed(int i, int from, Direction direction)
    {
        if (MonthAt(i, out var j) is not { } month)
        {
            return null;
        }

        if (DayAt(j, out var k) is { } day && !(Punct(k, ':') || W(k) is "am" or "pm" or "a.m." or "p.m."))
        {
            return DateWithOptionalYear(from, k, new TimeSpec(SpecKind.Date) { Month = month, Day = day, Direction = direction });
        }

        var y = Punct(j, ',') || W(j) == "of" ? j + 1 : j;
        if (IsYearNumber(y))
        {
            return new Match(from, y + 1, new TimeSpec(SpecKind.Date) { Month = month, Year = Num(y) });
        }

        // A bare month name needs a cue before it ("in July"); "may" and "march" are also verbs and nouns.
        var prev = W(i - 1);
        var cued = from < i || (_lx.MonthCues.Contains(prev) && (prev is not ("and" or "or" or "to") || MonthBefore(i - 1)))
            || (Punct(i - 1, ',') && MonthBefore(i - 1))
            || (Punct(i - 1, '-') && _lx.EdgeModifiers.Contains(W(i - 2)));
        var attributive = Determiners.Contains(prev) && prev is not ("a" or "an" or "this" or "that") && W(j).Length > 0 && !Cap(j) && !PhraseStops.Contains(W(j));
        if (!cued && !attributive)
        {
            return null;
        }

        return new Match(from, j, new TimeSpec(SpecKind.Date) { Month = month, Direction = direction });
    }

    /// <summary>Whether a month name stands just before the joining word at <paramref name="link"/> ("April and May", "April, May").</summary>
    private bool MonthBefore(int link)
    {
        for (var k = link - 1; k >= Math.Max(0, link - 3); k--)
        {
            if (Cap(k) && _lx.Months.ContainsKey(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>yesterday, today, tomorrow, tonight (with a part of day: yesterday morning).</summary>
    private Match? RelativeDay(int i, int from)
    {
        // "USA Today" is a newspaper: a capitalized relative day after a capitalized word is a name.
        if (!_lx.RelativeDays.TryGetValue(W(i), out var value) || (Cap(i) && i > 0 && _t[i - 1].IsWord && Cap(i - 1) && !Adjacent(i)))
        {
            return null;
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var spec = new TimeSpec(SpecKind.Relative)
        {
            Unit = "D",
            Offset = int.Parse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            PartOfDay = parts.Length > 1 ? parts[1] : null,
        };
        return WithPartOfDay(from, i + 1, spec);
    }

    /// <summary>Seasons: last summer, the summer of 2016, fall 2016, in the spring.</summary>
    private Match? SeasonLed(int i, int from, Direction direction)
    {
        if (!_lx.Seasons.TryGetValue(W(i), out var season))
        {
            return null;
        }

        var j = i + 1;
        var y = W(j) == "of" ? j + 1 : j;
        if (IsYearNumber(y))
        {
            return new Match(W(i - 1) == "the" && from == i ? i - 1 : from, y + 1, new TimeSpec(SpecKind.Season) { Season = season, Year = Num(y) });
        }

        if (W(j) == "of")
        {
            return null;
        }

        var prev = W(i - 1);
        var cued = from < i || (prev == "the" && W(i - 2) is "in" or "during" or "since" or "until" or "by" or "over" or "through" or "this");
        return cued ? new Match(from, j, new TimeSpec(SpecKind.Season) { Season = season, Direction = direction }) : null;
    }

    /// <summary>Quarters: the first quarter, the fourth quarter of 2016.</summary>
    private Match? QuarterLed(int i)
    {
        if (!_lx.Ordinals.TryGetValue(W(i), out var q) || q > 4)
        {
            return null;
        }

        // "third-quarter profit": the hyphenated adjective is the quarter, without its article.
        if (Punct(i + 1, '-') && Adjacent(i + 1) && Adjacent(i + 2) && W(i + 2) == "quarter")
        {
            return new Match(i, i + 3, new TimeSpec(SpecKind.Quarter) { Quarter = q });
        }

        if (W(i + 1) != "quarter")
        {
            return null;
        }

        var from = W(i - 1) == "the" ? i - 1 : i;
        var y = W(i + 2) == "of" ? i + 3 : i + 2;
        if (IsYearNumber(y))
        {
            return new Match(from, y + 1, new TimeSpec(SpecKind.Quarter) { Quarter = q, Year = Num(y) });
        }

        // "a first quarter of the votes" is a share, not a period.
        return from < i || (W(i + 2) != "of" && W(i - 1) is not ("a" or "one")) ? new Match(from, i + 2, new TimeSpec(SpecKind.Quarter) { Quarter = q }) : null;
    }

    /// <summary>Counts of units: two days ago, for several weeks, in two weeks, three days after the storm, a two-week visit.</summary>
    private Match? CountLed(int i)
    {
        var prev = W(i - 1);

        // "for weeks", "in recent months": an unspecified number of units.
        if (UnitAt(i) is { } bareUnit && W(i).EndsWith('s') && bareUnit is not ("Q" or "WE" or "2W"))
        {
            // The preposition stays outside the extent (TIMEX3); "recent" belongs to it.
            if (prev is "recent")
            {
                return new Match(i - 1, i + 1, Duration("X", bareUnit));
            }

            if (prev is "for" or "after" or "over" or "within")
            {
                return new Match(i, i + 1, Duration("X", bareUnit));
            }

            if (W(i + 1) is "later" or "earlier" or "ago")
            {
                return new Match(i, i + 2, W(i + 1) == "ago"
                    ? new TimeSpec(SpecKind.Relative) { Unit = bareUnit, Offset = -1, Count = "X" }
                    : new TimeSpec(SpecKind.EventRelative) { Unit = bareUnit, Count = "X" });
            }

            return null;
        }

        var count = CountAt(i, out var j);
        if (count is null)
        {
            return null;
        }

        if (W(j) == "more")
        {
            j++;
        }

        // "a two-week trip": a hyphenated count-unit is a duration.
        var hyphenated = Punct(j, '-') && Adjacent(j) && Adjacent(j + 1);
        if (hyphenated)
        {
            j++;
        }

        if (UnitAt(j) is not { } unit || unit is "Q" or "WE")
        {
            return null;
        }

        var singular = !W(j).EndsWith('s');
        if ((count == "1") != singular && !hyphenated && unit != "2W")
        {
            return null;
        }

        var end = j + 1;
        if (hyphenated)
        {
            // An age ("a 6-year-old boy") is no time expression; it is passed over whole.
            return Punct(end, '-') && Adjacent(end) && W(end + 1) == "old"
                ? new Match(i, end + 2, null)
                : new Match(i, end, Duration(count, unit));
        }

        var lead = DurationLead(i);

        var after = W(end);
        var n = count == "X" ? 0 : int.Parse(count, CultureInfo.InvariantCulture);
        switch (after)
        {
            case "ago":
                return new Match(lead, end + 1, new TimeSpec(SpecKind.Relative) { Unit = unit, Offset = -n, Count = count });
            case "from" when W(end + 1) == "now":
                return new Match(i, end + 2, new TimeSpec(SpecKind.Relative) { Unit = unit, Offset = n, Count = count });
            case "later" or "earlier":
                return new Match(i, end + 1, new TimeSpec(SpecKind.EventRelative) { Unit = unit, Offset = after == "later" ? n : -n, Count = count, FromLastMention = true });
            case "after" or "before":
                {
                    var sign = after == "after" ? 1 : -1;
                    if (MatchAt(end + 1) is { Spec: { } inner } innerMatch && inner.Kind is SpecKind.Date or SpecKind.Weekday or SpecKind.Relative or SpecKind.Year)
                    {
                        return new Match(i, innerMatch.To, new TimeSpec(SpecKind.EventRelative) { Unit = unit, Offset = sign * n, Count = count, Base = inner });
                    }

                    var k = end + 1;
                    if (Determiners.Contains(W(k)))
                    {
                        k++;
                    }

                    var stop = Math.Min(_t.Count, k + 3);
                    var np = k;
                    while (np < stop && _t[np].IsWord && !PhraseStops.Contains(W(np)))
                    {
                        np++;
                    }

                    return new Match(i, Math.Max(np, end + 1), new TimeSpec(SpecKind.EventRelative) { Unit = unit, Offset = sign * n, Count = count });
                }
        }

        // The preposition stays outside the extent (TIMEX3): "in [two weeks]", "for [three days]".
        if (prev == "in")
        {
            return new Match(i, end, Duration(count, unit) with { Kind = SpecKind.InDuration, Offset = n });
        }

        // "the nine months", "the first nine months": the article and the ordinal belong to the period.
        if (lead == i && W(i - 1) == "the")
        {
            lead = i - 1;
        }
        else if (lead == i && W(i - 1) is "first" or "last" && W(i - 2) == "the")
        {
            lead = i - 2;
        }

        return new Match(lead, end, Duration(count, unit));
    }

    private static TimeSpec Duration(string count, string unit) => unit == "2W"
        ? new TimeSpec(SpecKind.Duration) { Count = count == "X" ? "X" : (2 * int.Parse(count, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), Unit = "W" }
        : new TimeSpec(SpecKind.Duration) { Count = count, Unit = unit };

    /// <summary>Whether the explicit parts of a date can exist (February 30 cannot; February 29 needs a leap year).</summary>
    internal static bool IsValid(TimeSpec spec)
    {
        if (spec.Month is { } m && m is < 1 or > 12)
        {
            return false;
        }

        if (spec.Year is { } y && y is < 1 or > 9999)
        {
            return false;
        }

        if (spec.Day is { } d)
        {
            var max = spec.Month is { } month ? DateTime.DaysInMonth(spec.Year ?? 2000, month) : 31;
            return d >= 1 && d <= max;
        }

        return true;
    }

    // ---- ranges and tense ---------------------------------------------------------------------------

    /// <summary>Joins "from X to Y" and "between X and Y" into one range expression.</summary>
    private void MergeRanges(List<(int From, int To, TimeSpec Spec, string Rule)> found)
    {
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (from1, to1, s1, _) = found[k];
            var (from2, to2, s2, _) = found[k + 1];
            if (from2 != to1 + 1 || s1.Kind is SpecKind.Duration or SpecKind.Range || s2.Kind is SpecKind.Duration or SpecKind.Range)
            {
                continue;
            }

            var link = L(to1);
            var lead = W(from1 - 1);
            var ok = (lead == "from" && link is "to" or "through" or "until" or "till" or "-")
                || (lead == "between" && link == "and");
            if (!ok)
            {
                continue;
            }

            // "from March 3 to 5" leaves the second month implicit; both ends here are complete expressions.
            var end = s2;
            if (s1.Kind == SpecKind.Date && s2.Kind == SpecKind.Date && s2.Year is null && s1.Year is not null && s2.Month is not null)
            {
                end = s2 with { Year = s1.Year };
            }

            found[k] = (from1 - 1, to2, new TimeSpec(SpecKind.Range) { Base = s1, End = end }, RangeRule);
            found.RemoveAt(k + 1);
        }
    }

    private bool IsBoundary(int i)
    {
        var tok = _t[i];
        if (tok.Kind != TimeTokenKind.Punct)
        {
            return false;
        }

        if (tok.Lower is "!" or "?" or ";")
        {
            return true;
        }

        // A period ends a sentence unless it closes an abbreviation (Feb., Sen., Dr.).
        return tok.Lower == "." && !(i > 0 && Adjacent(i) && _t[i - 1].IsWord && _t[i - 1].End - _t[i - 1].Start <= 4 && Cap(i - 1));
    }

    private Tense CueTense(int i)
    {
        if (i >= 0 && i < _t.Count && _t[i] is { IsWord: true, Lower: null } unknown)
        {
            // A word the tokenizer left without its string is no cue word (they are all known words); only the regular
            // past-tense ending below can apply, and it is read from the text (such a word is ASCII) without making the string.
            var word = _text.AsSpan(unknown.Start, unknown.End - unknown.Start);
            if (word.Contains('-') || (unknown.Start > 0 && _text[unknown.Start - 1] == '-'))
            {
                return Tense.Unknown;
            }

            return word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
                ? Tense.Past
                : Tense.Unknown;
        }

        var w = W(i);
        if (w.Length == 0)
        {
            return Tense.Unknown;
        }

        if (_lx.FutureCues.Contains(w) || (_lx.FutureCuePairs.TryGetValue(w, out var firsts) && firsts.Contains(W(i - 1))))
        {
            return Tense.Future;
        }

        // "The last half of 1989", "the last time": after an article "last" is an adjective, not a look back.
        if (_lx.PastCues.Contains(w) && !(w == "last" && W(i - 1) == "the"))
        {
            return Tense.Past;
        }

        // Regular past tense and participles ("reported", "confirmed"), but not "need" or "speed", nor the last word of a
        // hyphenated adjective ("lower-than-anticipated", "long-awaited"), which describes a noun rather than telling a past.
        if (w.Contains('-', StringComparison.Ordinal) || (_t[i].Start > 0 && _text[_t[i].Start - 1] == '-'))
        {
            return Tense.Unknown;
        }

        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal) ? Tense.Past : Tense.Unknown;
    }

    /// <summary>Whether a target preposition comes at most five words before token <paramref name="from"/>, in its clause and with no tense cue between.</summary>
    private bool IsTarget(int from)
    {
        for (int k = from - 1, d = 1; k >= 0 && d <= 5 && !IsBoundary(k) && !Punct(k, ','); k--, d++)
        {
            if (_lx.TargetPrepositions.Contains(W(k)))
            {
                return true;
            }

            if (CueTense(k) != Tense.Unknown)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a forecast noun follows within three words of token <paramref name="to"/> ("1990 [Anheuser earnings] projection").</summary>
    private bool IsForecast(int to)
    {
        for (int k = to, d = 1; k < _t.Count && d <= 3 && _t[k].IsWord; k++, d++)
        {
            if (_lx.ForecastNouns.Contains(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tense of the nearest cue word around the expression, in its clause.</summary>
    private Tense TenseOf(int from, int to, TimeSpec spec)
    {
        if (spec.Direction == Direction.Next || spec.Kind == SpecKind.Relative && spec.Offset > 0)
        {
            return Tense.Future;
        }

        if (spec.Direction == Direction.Last || spec.Kind == SpecKind.Relative && spec.Offset < 0)
        {
            return Tense.Past;
        }

        // A year reached by a target preposition a few words before it ("by 1992", "by the opening of the 2000 games")
        // is looked forward to: its value does not depend on the tense, and it tells nothing about when the text was written.
        if (spec.Year is not null && spec.Month is null && (IsTarget(from) || IsForecast(to)))
        {
            return Tense.Future;
        }

        var back = Tense.Unknown;
        var backDistance = int.MaxValue;
        for (int k = from - 1, d = 1; k >= 0 && d <= TenseWindowBack && !IsBoundary(k); k--, d++)
        {
            var t = CueTense(k);

            // A participle after "be" ("will be released") takes its tense from the auxiliary before it.
            if (t == Tense.Past && W(k - 1) is "be" or "being")
            {
                continue;
            }

            if (t != Tense.Unknown)
            {
                back = t;
                backDistance = d;
                break;
            }
        }

        // Looking ahead stops at a comma: ", officials said" frames the report, it does not date the event.
        for (int k = to, d = 1; k < _t.Count && d <= TenseWindowForward && d < backDistance && !IsBoundary(k) && !Punct(k, ','); k++, d++)
        {
            var t = CueTense(k);
            if (t != Tense.Unknown)
            {
                return t;
            }
        }

        return back;
    }
}
