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
        var unit = "The council met on Wednesday night and again in July 2016, for two weeks, three days after the storm. ";
        var small = string.Concat(Enumerable.Repeat(unit, 500));
        var large = string.Concat(Enumerable.Repeat(unit, 5000));
        TimeExpressionRecognizer.Recognize(small, D("2017-03-02"));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var a = TimeExpressionRecognizer.Recognize(small, D("2017-03-02"));
        var tSmall = sw.Elapsed;
        sw.Restart();
        var b = TimeExpressionRecognizer.Recognize(large, D("2017-03-02"));
        var tLarge = sw.Elapsed;
        b.Count.Should().Be(10 * a.Count);

        // Ten times the text should take about ten times as long; allow wide noise on a shared machine.
        tLarge.TotalMilliseconds.Should().BeLessThan(Math.Max(40 * tSmall.TotalMilliseconds, 2000));
    }
}
