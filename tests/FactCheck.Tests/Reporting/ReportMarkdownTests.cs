using FactCheck.Reporting;

namespace FactCheck.Tests.Reporting;

public class ReportMarkdownTests
{
    [Test]
    public void ToMarkdown_ArticleMarkup_IsEscaped()
    {
        var md = HandBuiltReports.Build().ToMarkdown();
        md.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>");
        md.Should().Contain("&lt;script&gt;");
    }

    [Test]
    public void ToMarkdown_PipeInArticleText_IsEscapedInTables()
    {
        var md = HandBuiltReports.Build().ToMarkdown();
        var row = md.Split('\n').Single(l => l.StartsWith("| contradicting |", StringComparison.Ordinal));
        row.Should().Contain("ferry budget \\| pending review.");
        // Header has Status, Fact and two outlets: 4 cells, so 5 unescaped pipes.
        row.Replace("\\|", string.Empty).Count(c => c == '|').Should().Be(5);
    }

    [Test]
    public void ToMarkdown_Finding_BoldsTheEvidenceInContext()
    {
        var md = HandBuiltReports.Build().ToMarkdown();
        md.Should().Contain("The council voted on **Tuesday** to freeze the ferry budget \\| pending review.");
        md.Should().Contain("### contradiction · date · The outlets give different days for the single budget vote.");
    }

    [Test]
    public void ToMarkdown_StanceMatrix_HasAColumnPerOutlet()
    {
        var md = HandBuiltReports.Build().ToMarkdown();
        md.Should().Contain("| Person | Demand | Lakeside Courier | Valley Herald |");
        md.Should().Contain("| Tom Reyes | resign | ✓ | — |");
        md.Should().Contain("| Tom Reyes | recuse | — | ✓ (conditional) |");
    }

    [TestCase("a*b_c", "a\\*b\\_c")]
    [TestCase("x | y", "x \\| y")]
    [TestCase("line\nbreak", "line break")]
    [TestCase("<i>&", "&lt;i&gt;&amp;")]
    public void Md_SpecialCharacters_AreEscaped(string input, string expected)
    {
        MarkdownReportWriter.Md(input).Should().Be(expected);
    }
}
