using System.Globalization;

namespace FactCheck.Time;

/// <summary>
/// Turns a <see cref="TimeSpec"/> into a TIMEX3-style value against an anchor date (the publication date).
/// A month, weekday or day without a year resolves to the most recent one at or before the anchor unless
/// the words around it look ahead; a weekday equal to the anchor's weekday is the anchor day itself
/// (news reports name the day of publication by its weekday, AP style).
/// </summary>
internal static class TimeResolver
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The value and granularity, or null when the expression cannot denote a real time (February 29 in a common year).</summary>
    public static (string Value, TimeGranularity Granularity)? Resolve(TimeSpec s, DateOnly? anchor, Tense tense)
    {
        // A day with a clock time ("10 p.m. Wednesday"): the day's date and the time.
        if (s.Hour is { } hour && s.Kind != SpecKind.Clock)
        {
            return Resolve(s with { Hour = null, Minute = null }, anchor, tense) is { } day && day.Value.Length >= 10
                ? (string.Create(Inv, $"{day.Value[..10]}T{hour:00}:{s.Minute ?? 0:00}"), day.Granularity == TimeGranularity.Unknown ? TimeGranularity.Unknown : TimeGranularity.Time)
                : null;
        }

        switch (s.Kind)
        {
            case SpecKind.Date:
                return ResolveDate(s, anchor, tense);
            case SpecKind.Year:
                return (Y(s.Year!.Value), TimeGranularity.Year);
            case SpecKind.Decade:
                return ((s.Year!.Value / 10).ToString(Inv), TimeGranularity.Year);
            case SpecKind.Weekday:
                return ResolveWeekday(s, anchor, tense);
            case SpecKind.Relative:
                return ResolveRelative(s, anchor);
            case SpecKind.Season:
                return ResolveSeason(s, anchor, tense);
            case SpecKind.Quarter:
                return ResolveQuarter(s, anchor, tense);
            case SpecKind.Duration:
                return (DurationValue(s), TimeGranularity.Duration);
            case SpecKind.InDuration:
                return tense == Tense.Future
                    ? ResolveRelative(new TimeSpec(SpecKind.Relative) { Unit = s.Unit, Offset = s.Offset, Count = s.Count }, anchor)
                    : (DurationValue(s), TimeGranularity.Duration);
            case SpecKind.EventRelative:
                return ResolveEventRelative(s, anchor, tense);
            case SpecKind.Clock:
                return (string.Create(Inv, $"XXXX-XX-XXT{s.Hour:00}:{s.Minute:00}"), TimeGranularity.Time);
            case SpecKind.Reference:
                return (s.Value!, TimeGranularity.Unknown);
            case SpecKind.Set:
                return (SetValue(s), TimeGranularity.Unknown);
            case SpecKind.Range:
                {
                    var a = Resolve(s.Base!, anchor, tense);
                    var b = Resolve(s.End!, anchor, tense);
                    return a is { } x && b is { } y ? (x.Value + "/" + y.Value, x.Granularity) : null;
                }

            default:
                return null;
        }
    }

    private static string Y(int year) => year.ToString("0000", Inv);

    private static string Ymd(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    private static (string, TimeGranularity) WithPart(DateOnly d, string? partOfDay) =>
        partOfDay is null ? (Ymd(d), TimeGranularity.Day) : (Ymd(d) + "T" + partOfDay, TimeGranularity.PartOfDay);

    private static (string, TimeGranularity)? ResolveDate(TimeSpec s, DateOnly? anchor, Tense tense)
    {
        var month = s.Month!.Value;
        if (s.Year is { } year)
        {
            if (s.Day is { } d)
            {
                return TimeScanner.IsValid(s) ? WithPart(new DateOnly(year, month, d), s.PartOfDay) : null;
            }

            return (string.Create(Inv, $"{Y(year)}-{month:00}"), TimeGranularity.Month);
        }

        if (anchor is not { } a)
        {
            return s.Day is { } dd
                ? (string.Create(Inv, $"XXXX-{month:00}-{dd:00}"), TimeGranularity.Unknown)
                : (string.Create(Inv, $"XXXX-{month:00}"), TimeGranularity.Unknown);
        }

        if (s.Day is not { } day)
        {
            var y = s.Direction switch
            {
                Direction.Last => month < a.Month ? a.Year : a.Year - 1,
                Direction.Next => month > a.Month ? a.Year : a.Year + 1,
                Direction.This => a.Year,
                _ when tense == Tense.Future => month >= a.Month ? a.Year : a.Year + 1,
                _ when tense == Tense.Unknown && MonthsAhead(a.Month, month) is > 0 and <= 2 => month > a.Month ? a.Year : a.Year + 1,
                _ => month <= a.Month ? a.Year : a.Year - 1,
            };
            return (string.Create(Inv, $"{Y(y)}-{month:00}"), TimeGranularity.Month);
        }

        if (s.Weekday is { } weekday && s.Direction == Direction.Implicit)
        {
            DateOnly? match = null;
            for (var y = a.Year - 1; y <= a.Year + 1; y++)
            {
                if (Candidate(y, month, day) is { } option && option.DayOfWeek == weekday
                    && (match is not { } m || Math.Abs(option.DayNumber - a.DayNumber) < Math.Abs(m.DayNumber - a.DayNumber)))
                {
                    match = option;
                }
            }

            if (match is { } found)
            {
                return WithPart(found, s.PartOfDay);
            }
        }

        // Month and day: pick the year around the anchor.
        DateOnly? past = Candidate(a.Year, month, day) is { } p0 && p0 <= a ? p0 : Candidate(a.Year - 1, month, day);
        DateOnly? future = Candidate(a.Year, month, day) is { } f0 && f0 >= a ? f0 : Candidate(a.Year + 1, month, day);
        DateOnly? chosen = s.Direction switch
        {
            Direction.This => Candidate(a.Year, month, day),
            Direction.Next => future == a ? Candidate(a.Year + 1, month, day) : future,
            Direction.Last => past == a ? Candidate(a.Year - 1, month, day) : past,
            _ when tense == Tense.Future => future,
            _ when tense == Tense.Past => past,
            _ => Nearest(a, past, future),
        };
        return chosen is { } c ? WithPart(c, s.PartOfDay) : null;
    }

    /// <summary>How many months from <paramref name="from"/> forward to <paramref name="to"/> (0 to 11).</summary>
    private static int MonthsAhead(int from, int to) => (to - from + 12) % 12;

    private static DateOnly? Candidate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly? Nearest(DateOnly a, DateOnly? past, DateOnly? future)
    {
        if (past is not { } p)
        {
            return future;
        }

        if (future is not { } f)
        {
            return p;
        }

        return a.DayNumber - p.DayNumber <= f.DayNumber - a.DayNumber ? p : f;
    }

    private static (string, TimeGranularity)? ResolveWeekday(TimeSpec s, DateOnly? anchor, Tense tense)
    {
        if (anchor is not { } a)
        {
            return ("XXXX-XX-XX" + (s.PartOfDay is { } p ? "T" + p : string.Empty), TimeGranularity.Unknown);
        }

        var target = (int)s.Weekday!.Value;
        var current = (int)a.DayOfWeek;
        var back = (current - target + 7) % 7;
        var ahead = (target - current + 7) % 7;
        var delta = s.Direction switch
        {
            Direction.Last => -(back == 0 ? 7 : back),
            Direction.Next => ahead == 0 ? 7 : ahead,
            Direction.This => IsoDay(target) - IsoDay(current),
            _ when tense == Tense.Future => ahead,
            _ => -back,
        };
        return Shift(a, delta) is { } d ? WithPart(d, s.PartOfDay) : null;
    }

    /// <summary><paramref name="a"/> moved by <paramref name="days"/>, or null when that leaves the calendar (years 1 to 9999).</summary>
    internal static DateOnly? Shift(DateOnly a, long days)
    {
        var n = a.DayNumber + days;
        return n < DateOnly.MinValue.DayNumber || n > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)n);
    }

    /// <summary>The year-month <paramref name="months"/> after <paramref name="a"/>'s, or null when that leaves the calendar.</summary>
    private static string? ShiftMonths(DateOnly a, long months)
    {
        var index = (a.Year * 12L) + a.Month - 1 + months;
        return index < 12 || index >= 10000 * 12L ? null : string.Create(Inv, $"{index / 12:0000}-{(index % 12) + 1:00}");
    }

    private static int IsoDay(int dayOfWeek) => dayOfWeek == 0 ? 7 : dayOfWeek;

    private static (string, TimeGranularity)? ResolveRelative(TimeSpec s, DateOnly? anchor)
    {
        if (s.Count == "X")
        {
            return (s.Offset < 0 ? "PAST_REF" : "FUTURE_REF", TimeGranularity.Unknown);
        }

        if (anchor is not { } a)
        {
            return (Unanchored(s.Unit), TimeGranularity.Unknown);
        }

        // A shift that leaves the calendar (years 1 to 9999) is left unresolved.
        return s.Unit switch
        {
            "D" => Shift(a, s.Offset) is { } d ? WithPart(d, s.PartOfDay) : null,
            "W" => Shift(a, 7L * s.Offset) is { } w ? (Week(w), TimeGranularity.Week) : null,
            "WE" => Shift(a, 7L * s.Offset) is { } we ? (Week(we) + "-WE", TimeGranularity.Week) : null,
            "M" => ShiftMonths(a, s.Offset) is { } m ? (m, TimeGranularity.Month) : null,
            "Y" => (Y(a.Year + s.Offset), TimeGranularity.Year),
            "Q" => QuarterValue(a, s.Offset),
            "DE" => (((a.Year / 10) + s.Offset).ToString(Inv), TimeGranularity.Year),
            "CE" => (((a.Year / 100) + s.Offset).ToString(Inv), TimeGranularity.Year),
            _ => null,
        };
    }

    private static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(Inv, $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }

    private static (string, TimeGranularity) QuarterValue(DateOnly a, int offset)
    {
        var index = (a.Year * 4) + ((a.Month - 1) / 3) + offset;
        return (string.Create(Inv, $"{Y(index / 4)}-Q{(index % 4) + 1}"), TimeGranularity.Quarter);
    }

    private static string Unanchored(string? unit) => unit switch
    {
        "D" => "XXXX-XX-XX",
        "W" or "WE" => "XXXX-WXX",
        "M" => "XXXX-XX",
        "Q" => "XXXX-QX",
        "TH" or "TM" => "XXXX-XX-XXTXX:XX",
        _ => "XXXX",
    };

    private static string DurationValue(TimeSpec s)
    {
        var unit = s.Unit ?? "X";
        return unit[0] == 'T' ? "PT" + s.Count + unit[1..] : "P" + s.Count + unit;
    }

    private static readonly Dictionary<string, int> SeasonStart = new(StringComparer.Ordinal)
    {
        ["SP"] = 3, ["SU"] = 6, ["FA"] = 9, ["WI"] = 12,
    };

    private static (string, TimeGranularity)? ResolveSeason(TimeSpec s, DateOnly? anchor, Tense tense)
    {
        var code = s.Season!;
        if (s.Year is { } year)
        {
            return (Y(year) + "-" + code, TimeGranularity.Quarter);
        }

        if (anchor is not { } a)
        {
            return ("XXXX-" + code, TimeGranularity.Unknown);
        }

        // The season instance that started most recently at or before the anchor, named by its start year.
        var start = SeasonStart[code];
        var current = a.Month >= start ? a.Year : a.Year - 1;
        var inside = ((a.Year * 12) + a.Month) - ((current * 12) + start) < 3;
        var y = s.Direction switch
        {
            Direction.Last => inside ? current - 1 : current,
            Direction.Next => current + 1,
            Direction.This => inside ? current : current + 1,
            _ when tense == Tense.Future => inside ? current : current + 1,
            _ => current,
        };
        return (Y(y) + "-" + code, TimeGranularity.Quarter);
    }

    private static string SetValue(TimeSpec s)
    {
        if (s.Value is { } v)
        {
            return v;
        }

        var part = s.PartOfDay is { } p ? "T" + p : string.Empty;
        if (s.Weekday is { } w)
        {
            return string.Create(Inv, $"XXXX-WXX-{IsoDay((int)w)}{part}");
        }

        if (s.Month is { } m)
        {
            return string.Create(Inv, $"XXXX-{m:00}");
        }

        if (s.Season is { } season)
        {
            return "XXXX-" + season;
        }

        return s.Unit is null ? "XXXX-XX-XX" + part : DurationValue(s);
    }

    /// <summary>The quarter before the anchor's (the one a report is most likely about), shifted by <paramref name="years"/>.</summary>
    internal static string PreviousQuarter(DateOnly a, int years) => QuarterValue(a, -1 + (4 * years)).Item1;

    /// <summary>
    /// Shifts a value of the form <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>YYYY-QN</c> by whole units, or null
    /// when the unit does not fit the value or the shift leaves the calendar (years 1 to 9999).
    /// </summary>
    internal static string? Shift(string value, string unit, int offset)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Inv, out var year))
        {
            return null;
        }

        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day))
        {
            var months = unit switch
            {
                "Y" => 12L * offset,
                "M" => offset,
                _ => 0L,
            };
            if (months != 0)
            {
                // The same day of the shifted month, or its last day ("a month after January 31").
                return ShiftMonths(day, months) is { } ym
                    ? string.Create(Inv, $"{ym}-{Math.Min(day.Day, DateTime.DaysInMonth(int.Parse(ym.AsSpan(0, 4), Inv), int.Parse(ym.AsSpan(5, 2), Inv))):00}")
                    : null;
            }

            var shifted = unit switch
            {
                "W" => Shift(day, 7L * offset),
                "D" => Shift(day, offset),
                _ => null,
            };
            return shifted is { } d ? Ymd(d) : null;
        }

        if (year + offset is < 1 or > 9999)
        {
            return null;
        }

        if (value.Length == 7 && value[4] == '-' && value[5] == 'Q' && unit == "Y")
        {
            return Y(year + offset) + value[4..];
        }

        if (value.Length == 7 && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Inv, out var month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(year, month, 1);
            return unit switch
            {
                "Y" => ShiftMonths(first, 12L * offset),
                "M" => ShiftMonths(first, offset),
                _ => null,
            };
        }

        return value.Length == 4 && unit == "Y" ? Y(year + offset) : null;
    }

    private static (string, TimeGranularity)? ResolveQuarter(TimeSpec s, DateOnly? anchor, Tense tense)
    {
        if (s.Quarter is not { } q)
        {
            // "the quarter", "the year-earlier quarter" with no quarter named before: the quarter before the anchor's.
            return anchor is { } an ? (PreviousQuarter(an, s.Offset), TimeGranularity.Quarter) : ("XXXX-QX", TimeGranularity.Unknown);
        }

        if (s.Year is { } year)
        {
            return (string.Create(Inv, $"{Y(year)}-Q{q}"), TimeGranularity.Quarter);
        }

        if (anchor is not { } a)
        {
            return (string.Create(Inv, $"XXXX-Q{q}"), TimeGranularity.Unknown);
        }

        // A quarter without a year is this year's when it has begun (reports look back on the quarters just ended), unless
        // the words look ahead and it ended more than a quarter ago; a later quarter is last year's unless they look ahead.
        var current = ((a.Month - 1) / 3) + 1;
        var future = tense == Tense.Future;
        var y = q <= current ? (future && current - q >= 2 ? a.Year + 1 : a.Year) : (future ? a.Year : a.Year - 1);
        return (string.Create(Inv, $"{Y(y)}-Q{q}"), TimeGranularity.Quarter);
    }

    private static (string, TimeGranularity)? ResolveEventRelative(TimeSpec s, DateOnly? anchor, Tense tense)
    {
        if (s.Base is { } b && s.Count != "X" && Resolve(b, anchor, tense) is { } baseValue
            && DateOnly.TryParseExact(baseValue.Value.Length >= 10 ? baseValue.Value[..10] : baseValue.Value, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day))
        {
            return ResolveRelative(s with { Kind = SpecKind.Relative, Base = null }, day);
        }

        if (s.Base is { Kind: SpecKind.Year, Year: { } by } && s.Unit == "Y" && s.Count != "X")
        {
            return (Y(by + s.Offset), TimeGranularity.Year);
        }

        // "a year earlier" with no period named before it: a year before the publication year.
        if (s.Base is null && s.FromLastMention && s.Unit == "Y" && s.Offset < 0 && s.Count != "X" && anchor is { } a)
        {
            return (Y(a.Year + s.Offset), TimeGranularity.Year);
        }

        return (Unanchored(s.Unit), TimeGranularity.Unknown);
    }
}
