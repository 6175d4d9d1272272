using System.Collections.Frozen;
using FactCheck.Rules;

namespace FactCheck.Time;

/// <summary>
/// One named pattern of the time grammar: the words that can start it, whether it starts on a number, how it matches
/// at a token, and its own examples. In an example, the expected extent is put in square brackets (the whole text when
/// there are none) and <see cref="RuleExample.Expected"/> is the TIMEX3 value against <see cref="TimeRule.ExampleAnchor"/>.
/// </summary>
internal sealed class TimeRule : IRule
{
    /// <summary>The publication date the examples' expected values count from (a Thursday).</summary>
    public static readonly DateOnly ExampleAnchor = new(2021, 9, 16);

    public TimeRule(string name, IEnumerable<string> triggers, bool onNumbers, Func<TimeScanner, int, TimeScanner.Match?> match, params RuleExample[] examples)
    {
        Name = name;
        Triggers = [.. triggers.Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        OnNumbers = onNumbers;
        Match = match;
        Examples = examples;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Triggers { get; }

    /// <summary>Whether the rule is also tried on a number token.</summary>
    public bool OnNumbers { get; }

    /// <summary>The match at a token, or null.</summary>
    public Func<TimeScanner, int, TimeScanner.Match?> Match { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleExample> Examples { get; }
}

/// <content>The time grammar as an ordered list of named rules: the first rule that matches at a token wins.</content>
internal sealed partial class TimeScanner
{
    private static RuleExample Yes(string text, string value) => new(text, true, value);

    private static RuleExample No(string text) => new(text, false);

    /// <summary>The English time rules, in the order they are tried at a token (each pack's are <see cref="TimeLexicon.Rules"/>).</summary>
    internal static RuleList<TimeRule> Rules => TimeLexicon.Default.Rules;

    /// <summary>The time rules over <paramref name="lx"/>'s words, in the order they are tried at a token.</summary>
    internal static RuleList<TimeRule> BuildRules(TimeLexicon lx) =>
    [
        new TimeRule("numeric-date", [], true, static (s, i) => s.Numeric(i),
            Yes("The memo is dated [2017-03-02].", "2017-03-02"),
            Yes("Output fell over [2014-2016].", "2014/2016"),
            Yes("It was filed on [3/2/2017].", "2017-03-02"),
            No("The motion passed 1200-300.")),
        new TimeRule("clock-time", [], true, static (s, i) => s.Clock(i),
            Yes("The polls closed at [9:45 p.m.] sharp.", "XXXX-XX-XXT21:45"),
            Yes("The ferry left at [21:45 GMT].", "XXXX-XX-XXT21:45"),
            No("The home side led 3:30 at half-time.")),
        new TimeRule("day-month", [], true, static (s, i) => s.DayLed(i),
            Yes("The bridge opened on [2 March 2017].", "2017-03-02"),
            Yes("It ended on the [4th of July].", "2021-07-04"),
            No("He scored 2 of 40 goals in March.")),
        new TimeRule("year", [], true, static (s, i) => s.YearLed(i),
            Yes("The mill closed in [2016].", "2016"),
            Yes("He lost [the 2016 election].", "2016"),
            Yes("Sales peaked in the [1990s].", "199"),
            Yes("The report praised [2016]'s harvest.", "2016"),
            Yes("Sanctions followed its [1990] invasion.", "1990"),
            No("There were 2016 people there.")),
        new TimeRule("holiday", lx.HolidayPhrases.Keys, false, static (s, i) => s.Holiday(i),
            Yes("The shop opened on [Christmas Day 2019].", "2019-12-25"),
            No("They lit the christmas lights.")),
        new TimeRule("period-edge", lx.PeriodEdges, false, static (s, i) => s.PeriodEdge(i),
            Yes("The road will be ready by [the end of the year].", "2021"),
            Yes("Work started at [the beginning of March].", "2021-03"),
            No("They reached the end of the road.")),
        new TimeRule("following-unit", ["following", "day"], false, static (s, i) => s.FollowingUnit(i),
            Yes("The ferry sailed [the following week].", "XXXX-WXX"),
            Yes("Crowds gathered [the day before].", "XXXX-XX-XX"),
            No("The following players were picked.")),
        new TimeRule("modifier-led", lx.RelativeModifiers.Keys.Concat(lx.EdgeModifiers), false, static (s, i) => s.ModifierLed(i),
            Yes("Prices rose [last year].", "2020"),
            Yes("The council meets [next Friday].", "2021-09-17"),
            Yes("She resigned [last September].", "2020-09"),
            Yes("It rained [this morning].", "2021-09-16TMO"),
            No("That was the last word.")),
        new TimeRule("weekday", lx.Weekdays.Keys, false, static (s, i) => s.WeekdayLed(i, i, Direction.Implicit),
            Yes("The mayor resigned on [Tuesday].", "2021-09-14"),
            Yes("The fire started [Wednesday night].", "2021-09-15TNI"),
            Yes("Crowds marked [Friday]'s vote.", "2021-09-10"),
            No("He writes for the Sunday Times.")),
        new TimeRule("month", lx.Months.Keys, false, static (s, i) => s.MonthLed(i, i, Direction.Implicit),
            Yes("The pier reopened in [July].", "2021-07"),
            Yes("It was signed on [March 2, 2017].", "2017-03-02"),
            Yes("The count ended in [May 2019].", "2019-05"),
            No("You may go now.")),
        new TimeRule("relative-day", lx.RelativeDays.Keys, false, static (s, i) => s.RelativeDay(i, i),
            Yes("The bank closed [yesterday].", "2021-09-15"),
            Yes("Talks resume [tomorrow morning].", "2021-09-17TMO"),
            No("The story ran in USA Today.")),
        new TimeRule("season", lx.Seasons.Keys, false, static (s, i) => s.SeasonLed(i, i, Direction.Implicit),
            Yes("The dam was built in [the summer of 2016].", "2016-SU"),
            Yes("It opens in [fall 2016].", "2016-FA"),
            No("They watched the fall of the wall.")),
        new TimeRule("quarter", lx.Ordinals.Keys, false, static (s, i) => s.QuarterLed(i),
            Yes("Profit fell in [the fourth quarter of 2016].", "2016-Q4"),
            Yes("The [third-quarter] profit rose.", "2021-Q3"),
            No("A first quarter of the votes was counted.")),
        new TimeRule("clock-word", ["noon", "midnight"], false, static (s, i) => s.ClockWord(i),
            Yes("The strike starts at [noon].", "XXXX-XX-XXT12:00"),
            No("They watched the noon news.")),
        new TimeRule("reference-word", lx.ReferencePhrases.Keys, false, static (s, i) => s.ReferenceWord(i),
            Yes("Prices are [now] falling.", "PRESENT_REF"),
            Yes("The mill [recently] closed.", "PAST_REF"),
            Yes("Nobody knows what [the future] holds.", "FUTURE_REF"),
            No("Prices rose over the past two years.")),
        new TimeRule("set", lx.SetWords.Keys.Concat(["every", "each"]), false, static (s, i) => s.SetLed(i),
            Yes("The ferry sails [daily].", "P1D"),
            Yes("The council meets [every week].", "P1W"),
            Yes("The market opens [each Thursday].", "XXXX-WXX-4"),
            Yes("Inspectors call [every two years].", "P2Y"),
            No("Each of the crews was paid.")),
        new TimeRule("period-reference", ["quarter", "period", "year"], false, static (s, i) => s.PeriodReference(i),
            Yes("Profit rose 5% in [the quarter].", "2021-Q2"),
            Yes("Sales fell from [the year-earlier quarter].", "2020-Q2"),
            Yes("Profit doubled from [year-earlier] levels.", "2020"),
            No("A quarter of the crew left.")),
        new TimeRule("count-unit", lx.Numbers.Keys.Concat(lx.Units.Keys), true, static (s, i) => s.CountLed(i),
            Yes("The plant shut [two days ago].", "2021-09-14"),
            Yes("The strike lasted for [three weeks].", "P3W"),
            Yes("He signed a [two-year] contract.", "P2Y"),
            Yes("The dam broke [nearly four years ago].", "2017"),
            Yes("Sales in [the first nine months] rose.", "P9M"),
            Yes("The storm lasted [twenty four hours].", "PT24H"),
            No("Two cars collided.")),
    ];
}
