namespace FactCheck.Time;

/// <summary>What kind of time a recognized expression denotes, before it is anchored.</summary>
internal enum SpecKind
{
    /// <summary>Calendar date parts: year, month, day (any of them may be missing).</summary>
    Date,
    Year,
    Decade,
    Weekday,
    /// <summary>A calendar unit shifted from the anchor (last year, two days ago, yesterday).</summary>
    Relative,
    Season,
    Quarter,
    Duration,
    /// <summary>"in two weeks": a future date when the sentence looks ahead, a duration otherwise.</summary>
    InDuration,
    /// <summary>An offset from an event ("three days after the storm"), or from another date when <see cref="TimeSpec.Base"/> is set.</summary>
    EventRelative,
    Clock,
    Range,

    /// <summary>A reference to the present, past or future as a whole ("now", "recently", "the future"): <see cref="TimeSpec.Value"/>.</summary>
    Reference,

    /// <summary>A recurring time ("every week", "daily", "each Thursday"): a TIMEX3 SET.</summary>
    Set,
}

/// <summary>An explicit direction word before a month, weekday or season (last, this, next).</summary>
internal enum Direction
{
    Implicit,
    Last,
    This,
    Next,
}

/// <summary>Whether the words around an expression look back or ahead.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,
}

/// <summary>The meaning of a time expression as written, independent of any anchor date.</summary>
internal sealed record TimeSpec(SpecKind Kind)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>TIMEX3 part-of-day code (MO, AF, EV, NI).</summary>
    public string? PartOfDay { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    public Direction Direction { get; init; }

    /// <summary>TIMEX3 unit code (D, W, M, Y, Q, WE, DE, CE, TH, TM).</summary>
    public string? Unit { get; init; }

    /// <summary>Shift in <see cref="Unit"/>s for relative expressions.</summary>
    public int Offset { get; init; }

    /// <summary>A duration's count, as digits or <c>X</c> when unspecified.</summary>
    public string? Count { get; init; }

    /// <summary>TIMEX3 season code (SP, SU, FA, WI).</summary>
    public string? Season { get; init; }

    public int? Quarter { get; init; }

    /// <summary>The other end of a range.</summary>
    public TimeSpec? End { get; init; }

    /// <summary>The date an event-relative offset counts from, when the text names one.</summary>
    public TimeSpec? Base { get; init; }

    /// <summary>Whether the text names an event tied to the year ("the 2016 election").</summary>
    public bool NamedPeriod { get; init; }

    /// <summary>
    /// Whether the expression points back at the period the text last named ("the quarter", "a year earlier", "the
    /// year-ago period"): it resolves against that period, shifted by <see cref="Offset"/> <see cref="Unit"/>s.
    /// </summary>
    public bool FromLastMention { get; init; }

    /// <summary>A fixed value (PRESENT_REF, PAST_REF, FUTURE_REF) for <see cref="SpecKind.Reference"/>.</summary>
    public string? Value { get; init; }
}

/// <summary>A recognized expression before anchoring: its span, meaning and the tense around it.</summary>
internal sealed record TimeMention(int Start, int End, TimeSpec Spec, Tense Tense, int Region)
{
    /// <summary>The name of the rule that recognized it.</summary>
    public string Rule { get; init; } = string.Empty;
}
