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

public class ReportHtmlNavigationTests
{
    [Test]
    public void ToHtml_QuoteWordingFinding_MarksOnlyTheWordsThatDiffer()
    {
        var html = HandBuiltReports.WithQuoteWording().ToHtml();
        html.Should().Contain("<mark>We have no secret plan,</mark>", "the first wording has no word the second lacks");
        html.Should().Contain("<mark>We have no secret plan <ins>at all,</ins></mark>");
        var marks = Regex.Matches(html, "<mark>.*?</mark>").Select(m => m.Value).ToList();
        marks.Count(m => m.Contains("<ins>", StringComparison.Ordinal)).Should().Be(1);
        marks.Should().NotContain(m => m.Contains("<del>", StringComparison.Ordinal));
        html.Should().Contain("<p class=\"legend\">", "the marks are explained once per finding");
    }

    [Test]
    public void ToHtml_NonQuoteFinding_HasNoWordMarks()
    {
        var html = HandBuiltReports.Build().ToHtml();
        html.Should().NotContain("<ins>").And.NotContain("<del>");
    }

    [Test]
    public void ToHtml_Evidence_LinksToItsSpanInTheFullTextAndTheSpanLinksBack()
    {
        var report = HandBuiltReports.Build();
        var html = report.ToHtml();
        var tuesday = HandBuiltReports.At(HandBuiltReports.CourierText, "Tuesday");
        var anchor = $"t0-{tuesday}-{tuesday + 7}";

        // Finding evidence -> the span in the courier's full text (document 0) ...
        html.Should().Contain($"<a class=\"loc\" href=\"#{anchor}\"");
        html.Should().Contain($"<span class=\"anchor\" id=\"{anchor}\"></span><a class=\"ev\" href=\"#finding-date-e0\"><mark class=\"ft\">Tuesday</mark></a>");
        // ... and the evidence item is the target of that link back.
        html.Should().Contain("<li id=\"finding-date-e0\">");

        // Every article's whole text is in the page, markup encoded, once per article.
        Regex.Count(html, "<article class=\"doc-text\"").Should().Be(report.Documents.Count);
        html.Should().Contain($"Skip to content\nMayor <span class=\"anchor\" id=\"t0-{HandBuiltReports.At(HandBuiltReports.CourierText, "Lena Brandt")}-{HandBuiltReports.At(HandBuiltReports.CourierText, "Lena Brandt") + 11}\"></span><a class=\"ev\" href=\"#finding-spelling-e0\"><mark class=\"ft\">Lena Brandt</mark></a> met");
        html.Should().Contain("&lt;script&gt;document.title=");
    }

    [Test]
    public void ToHtml_EvidenceOffsetsThatDoNotIndexTheText_GetNoLink()
    {
        var report = HandBuiltReports.Build();
        var broken = report with
        {
            Findings = [new Finding("finding-off", FindingKind.Number, Severity.Note, 0.5, "Offsets past the text.", [], [new Evidence("courier", "nine", 5000, 5004)])],
        };
        var html = broken.ToHtml();
        html.Should().NotContain("class=\"loc\"").And.NotContain("class=\"anchor\"");
        html.Should().Contain("<mark>nine</mark>");
    }

    [Test]
    public void ToHtml_Filters_ACheckedBoxPerSeverityAndKindPresent_BeforeTheList()
    {
        var html = HandBuiltReports.Build().ToHtml();
        foreach (var id in new[] { "fs-contradiction", "fs-difference", "fs-note", "fk-date", "fk-spelling", "fk-attribution" })
        {
            html.Should().Contain($"<input type=\"checkbox\" class=\"flt\" id=\"{id}\" checked>");
            html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("<div class=\"flist\">", StringComparison.Ordinal));
        }

        html.Should().NotContain("id=\"fk-number\"", "a kind without findings gets no box");
        html.Should().Contain("#fs-note:not(:checked) ~ .flist .finding.note { display:none; }");
        html.Should().Contain("<article class=\"finding contradiction k-date\" id=\"finding-date\">");
    }

    [Test]
    public void ToHtml_PrintStyle_HidesControlsAndFullTexts()
    {
        var html = HandBuiltReports.Build().ToHtml();
        var print = html[html.IndexOf("@media print", StringComparison.Ordinal)..];
        print.Should().Contain("#articles").And.Contain(".filters").And.Contain("nav.toc");
    }
}

public class WordDiffTests
{
    [TestCase("the ferry resumed on Monday", "the ferry resumed on Tuesday", "Monday", "Tuesday")]
    [TestCase("We will not, under any circumstances, resign.", "We will not resign.", "under any circumstances,", "")]
    [TestCase("Secret plan.", "secret PLAN", "", "")]
    [TestCase("kept his own conversations secret for several more weeks", "kept his own conversations for several weeks", "secret more", "")]
    public void Diff_TwoWordings_ChangedWordsAreTheDifference(string first, string second, string removed, string added)
    {
        var words = WordDiff.Diff([first, second]);
        string Changed(string text, IReadOnlyList<WordDiff.Word> ws) => string.Join(" ", ws.Where(w => w.Changed).Select(w => text[w.Start..w.End]));
        Changed(first, words[0]).Should().Be(removed);
        Changed(second, words[1]).Should().Be(added);
    }

    [Test]
    public void Diff_ThreeWordings_BaselineWordIsChangedWhenAnyOtherLacksIt()
    {
        var words = WordDiff.Diff(["no secret plan", "no secret plan", "no plan"]);
        words[0].Select(w => w.Changed).Should().Equal(false, true, false);
        words[1].Should().OnlyContain(w => !w.Changed);
        words[2].Should().OnlyContain(w => !w.Changed);
    }
}
