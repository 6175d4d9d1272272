using FactCheck.Reporting;

namespace FactCheck.Tests.Reporting;

public class EvidenceContextTests
{
    [Test]
    public void Of_EvidenceInLongParagraph_CutsAtWordsAndAddsEllipses()
    {
        var text = string.Concat(Enumerable.Repeat("alpha beta gamma delta ", 20)) + "TARGET" + string.Concat(Enumerable.Repeat(" epsilon zeta eta theta", 20));
        var start = text.IndexOf("TARGET", StringComparison.Ordinal);
        var c = EvidenceContext.Of(new Evidence("d", "TARGET", start, start + 6), text);
        c.Marked.Should().Be("TARGET");
        c.Before.Should().StartWith("…").And.EndWith(" ");
        c.After.Should().StartWith(" ").And.EndWith("…");
        c.Before.Length.Should().BeLessThan(100);
    }

    [Test]
    public void Of_EvidenceOnItsOwnLine_DoesNotPullInNeighbouringLines()
    {
        const string text = "Menu\nThe vote was on Tuesday.\nSubscribe now";
        var start = text.IndexOf("Tuesday", StringComparison.Ordinal);
        var c = EvidenceContext.Of(new Evidence("d", "Tuesday", start, start + 7), text);
        c.Before.Should().Be("The vote was on ");
        c.After.Should().Be(".");
    }

    [Test]
    public void Of_NoText_FallsBackToTheEvidenceAlone()
    {
        var c = EvidenceContext.Of(new Evidence("d", "some  words", 5, 16), null);
        c.Should().Be(new EvidenceContext(string.Empty, "some words", string.Empty));
    }
}
