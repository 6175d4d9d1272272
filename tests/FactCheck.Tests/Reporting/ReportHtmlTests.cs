using System.Text.RegularExpressions;
using FactCheck.Reporting;

namespace FactCheck.Tests.Reporting;

public class ReportHtmlTests
{
    [Test]
    public void ToHtml_ArticleWithMarkup_IsEncodedNotEmitted()
    {
        var html = HandBuiltReports.Build().ToHtml();
        html.Should().NotContainEquivalentOf("<script");
        html.Should().NotContainEquivalentOf("<img");
        html.Should().Contain("&lt;script&gt;");
        html.Should().Contain("onerror=&quot;");
        html.Should().Contain("Budget vote &lt;b&gt;splits&lt;/b&gt; council");
    }

    [Test]
    public void ToHtml_Page_NeedsNoScriptAndNoNetworkResource()
    {
        var html = HandBuiltReports.Build().ToHtml();
        html.Should().NotContainEquivalentOf("<script");
        html.Should().NotContainEquivalentOf("<link");
        html.Should().NotContainEquivalentOf("@import");
        html.Should().NotContainEquivalentOf("url(");
        Regex.IsMatch(html, @"\b(src|href|action)\s*=\s*[""']?\s*(https?:|//)", RegexOptions.IgnoreCase).Should().BeFalse();
        html.Should().Contain("<style>");
    }

    [Test]
    public void ToHtml_Finding_HighlightsEvidenceInItsSentence()
    {
        var html = HandBuiltReports.Build().ToHtml();
        html.Should().Contain("The council voted on <mark>Tuesday</mark> to freeze the ferry budget | pending review.");
        html.Should().Contain("Mayor <mark>Lena Brandtt</mark> met the harbour board in May.");
    }

    [Test]
    public void ToHtml_Sections_SummaryFactsStancesEntitiesDocuments()
    {
        var html = HandBuiltReports.Build().ToHtml();
        html.Should().Contain("id=\"summary\"").And.Contain("id=\"findings\"").And.Contain("id=\"facts\"")
            .And.Contain("id=\"stances\"").And.Contain("id=\"entities\"").And.Contain("id=\"documents\"");
        // The stance matrix has one column per outlet and marks the conditional demand.
        html.Should().Contain("<th class=\"outlet\">Lakeside Courier</th><th class=\"outlet\">Valley Herald</th>");
        html.Should().Contain("class=\"cond\"");
        html.Should().Contain("class=\"variant miss\">Lena Brandtt</span>");
    }

    [Test]
    public void ToHtml_SameReport_SameBytes()
    {
        HandBuiltReports.Build().ToHtml().Should().Be(HandBuiltReports.Build().ToHtml());
    }

    [Test]
    public void ToHtml_EmptyReport_SaysThereAreNoFindings()
    {
        var html = new ConsistencyReport(1, [], [], [], [], []).ToHtml();
        html.Should().Contain("No findings").And.Contain("No demands were found");
    }
}
