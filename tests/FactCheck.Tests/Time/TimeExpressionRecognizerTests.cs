using System.Text;
using FactCheck.Time;
using static FactCheck.Tests.Time.TimeTestDocs;

namespace FactCheck.Tests.Time;

public class TimeExpressionRecognizerTests
{
    private static TimeExpression One(string text, string anchor) =>
        TimeExpressionRecognizer.Recognize(text, D(anchor)).Should().ContainSingle().Subject;

    [Test]
    public void Recognize_WeekdayEqualToAnchorWeekday_IsTheAnchorDay()
    {
        One("The jury returned its verdict on Thursday.", "2017-03-02").Value.Should().Be("2017-03-02");
    }

    [Test]
    public void Recognize_WeekdayWithFutureCue_LooksAhead()
    {
        One("The jury will return on Monday.", "2017-03-02").Value.Should().Be("2017-03-06");
    }

    [Test]
    public void Recognize_MonthAfterAnchorMonthInPastTense_IsLastYear()
    {
        One("The vote took place in November.", "2017-03-02").Value.Should().Be("2016-11");
    }

    [Test]
    public void Recognize_MonthAfterAnchorMonthWithWill_IsThisYear()
    {
        One("The vote will take place in November.", "2017-03-02").Value.Should().Be("2017-11");
    }

    [TestCase("A public hearing has been set for June 19.", "2026-06-19")]
    [TestCase("The plant said the closure would be complete by June 30.", "2026-06-30")]
    [TestCase("Arsonists set fire to the depot on Monday.", "2026-03-02")]
    public void Recognize_ScheduledDateAfterPastAuxiliary_FollowsTheSchedulingCue(string text, string expected)
    {
        // "has been set for" and "would be" schedule ahead although "has"/"been" look back; "set" alone does not.
        One(text, "2026-03-04").Value.Should().Be(expected);
    }

    [Test]
    public void Recognize_NamedPeriodWithYear_TakesTheYearAndSpansTheName()
    {
        var e = One("Fans remember the 2018 World Cup fondly.", "2021-01-01");
        e.Text.Should().Be("the 2018 World Cup");
        e.Value.Should().Be("2018");
        e.Granularity.Should().Be(TimeGranularity.Year);
    }

    [Test]
    public void Recognize_EventRelativeWithoutKnownEvent_IsUnknown()
    {
        var e = One("Three days after the storm, roads were still closed.", "2019-06-14");
        e.Text.Should().Be("Three days after the storm");
        e.Granularity.Should().Be(TimeGranularity.Unknown);
    }

    [Test]
    public void Recognize_WithoutAnchor_AbsoluteDatesStillResolve()
    {
        var all = TimeExpressionRecognizer.Recognize("On June 14, 2019, the plant closed; it reopened last week.", null);
        all.Select(e => e.Value).Should().Equal("2019-06-14", "XXXX-WXX");
    }

    [TestCase("The deadline was February 30.")]
    [TestCase("It was the 99th meeting.")]
    [TestCase("Orders dated 2019-13-45 were void.")]
    [TestCase("On 31 April 2020 nothing happened.")]
    public void Recognize_InvalidDate_IsNotAValue(string text)
    {
        TimeExpressionRecognizer.Recognize(text, D("2020-06-01")).Should().BeEmpty();
    }

    [TestCase("Theresa May and Boris Johnson met in London.")]
    [TestCase("The Sunday Times reported the deal.")]
    [TestCase("She told USA Today about the plan.")]
    [TestCase("The army sent 2000 troops and 300 trucks.")]
    [TestCase("Scores of 3-2 and 1-0 were recorded at 10 stadiums.")]
    public void Recognize_NamesAndNumbersThatAreNotTimes_AreIgnored(string text)
    {
        TimeExpressionRecognizer.Recognize(text, D("2019-06-14")).Should().BeEmpty();
    }

    [Test]
    public void Recognize_LowerCaseMarchBeforeARecurringSeason_OnlyTheSetIsATime()
    {
        var e = TimeExpressionRecognizer.Recognize("Crowds march every spring in the town.", D("2019-06-14")).Should().ContainSingle().Subject;
        (e.Text, e.Value, e.Type).Should().Be(("every spring", "XXXX-SP", TimeExpressionType.Set));
    }

    [Test]
    public void Recognize_MonthList_RecognizesEveryMonth()
    {
        TimeExpressionRecognizer.Recognize("Rates rose in April, May and June.", D("2019-08-01"))
            .Select(e => e.Value).Should().Equal("2019-04", "2019-05", "2019-06");
    }

    [TestCase("The plant will close by the end of the year.", "the end of the year", "2019")]
    [TestCase("Prices fell at the start of this month.", "the start of this month", "2019-06")]
    [TestCase("The law expires at the end of March.", "the end of March", "2020-03")]
    [TestCase("Rebels attacked again the following week.", "the following week", "XXXX-WXX")]
    [TestCase("Officials met the day before the vote.", "the day before", "XXXX-XX-XX")]
    [TestCase("The shops reopened the day after Christmas Day.", "the day after Christmas Day", "2018-12-26")]
    [TestCase("A memo dated 2017-03-02 was leaked.", "2017-03-02", "2017-03-02")]
    [TestCase("The program ran from 2014 to 2016.", "from 2014 to 2016", "2014/2016")]
    [TestCase("He was trapped for twenty-one days.", "twenty-one days", "P21D")]
    [TestCase("The ban lasted several years.", "several years", "PXY")]
    public void Recognize_Expression_HasValueAndSpan(string text, string expression, string value)
    {
        var e = TimeExpressionRecognizer.Recognize(text, D("2019-06-14")).Should().ContainSingle().Subject;
        (e.Text, e.Value).Should().Be((expression, value));
    }

    [Test]
    public void Recognize_LeapDayInCommonYearWithoutYear_IsSkippedNotThrown()
    {
        var act = () => TimeExpressionRecognizer.Recognize("The contract was signed on Feb. 29.", D("2019-03-10"));
        act.Should().NotThrow().Which.Should().BeEmpty();
    }

    [Test]
    public void Recognize_ClockTimeWithDayInSentence_TakesThatDay()
    {
        var times = TimeExpressionRecognizer.Recognize("The blast came at 9:45 p.m. local time on Wednesday.", D("2017-03-02"));
        times.Select(t => (t.Text, t.Value)).Should().Equal(("9:45 p.m. local time", "2017-03-01T21:45"), ("Wednesday", "2017-03-01"));
    }

    [Test]
    public void Recognize_Offsets_IndexTheOriginalText()
    {
        const string text = "Intro.\r\n  The strike — which began in early March — ended on Friday.";
        foreach (var e in TimeExpressionRecognizer.Recognize(text, D("2022-04-27")))
        {
            text[e.Start..e.End].Should().Be(e.Text);
        }
    }

    [Test]
    public void Recognize_RandomText_NeverThrows()
    {
        var random = new Random(12345);
        var pieces = new[] { "March", "2", ",", "2017", "last", "year", "'s", "-", ":", "p.m.", "Feb.", "on", "Wednesday", "night", "for", "two", "weeks", "ago", "after", "the", "99th", "/", "30", "from", "to", "between", "and", "in", " ", "\n", ".", "twenty", "-", "one", "days", "1990", "s", "May", "mid" };
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            for (var k = 0; k < 40; k++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
            }

            var text = sb.ToString();
            var act = () => TimeExpressionRecognizer.Recognize(text, D("2017-03-02"));
            act.Should().NotThrow(text);
        }
    }

    [Test]
    public void Recognize_LongText_ScalesLinearly()
    {
        const string unit = "The council met on Wednesday night and again in July 2016, for two weeks, three days after the storm. ";
        var small = string.Concat(Enumerable.Repeat(unit, 400));
        var large = string.Concat(Enumerable.Repeat(unit, 4000));
        var countSmall = TimeExpressionRecognizer.Recognize(small, D("2017-03-02")).Count;
        TimeExpressionRecognizer.Recognize(large, D("2017-03-02")).Count.Should().Be(10 * countSmall);

        // Best of three runs each: ten times the text should take about ten times as long (quadratic would be 100).
        var tSmall = Fastest(() => TimeExpressionRecognizer.Recognize(small, D("2017-03-02")));
        var tLarge = Fastest(() => TimeExpressionRecognizer.Recognize(large, D("2017-03-02")));
        tLarge.Should().BeLessThan(Math.Max(30 * tSmall, 5000));
    }

    private static double Fastest(Action action)
    {
        var best = double.MaxValue;
        for (var k = 0; k < 3; k++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
