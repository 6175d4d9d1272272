using System.Text.RegularExpressions;
using FactCheck.Demo;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reporting;

/// <summary>Outlet and headline named from the text when no header gives them (issue 16).</summary>
public class OutletInferenceTests
{
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    private static ReportDocument Only(string text, string? url = null)
    {
        var doc = new SourceDocument("a", text) { Url = url };
        var other = new SourceDocument("b", "The council met on Monday. It voted on the budget.");
        return Checker.Check([doc, other]).Documents.Single(d => d.Id == "a");
    }

    [TestCase("MILAN (Reuters) - The harbour board approved a new crane on Tuesday, officials said.\n\nThe crane costs more than the old one.\n", "Reuters", OutletBasis.Dateline)]
    [TestCase("By Jane Roe, Associated Press\n\nThe harbour board approved a new crane on Tuesday, officials said.\n\nThe crane costs more than the old one.\n", "Associated Press", OutletBasis.Byline)]
    [TestCase("Skip to more DW sites\n\nHarbour board buys a crane\n\nThe harbour board approved a new crane on Tuesday, officials said.\n\nThe crane costs more than the old one.\n", "Deutsche Welle", OutletBasis.Chrome)]
    [TestCase("Bloomberg Bloomberg\n\nHarbour board buys a crane\n\nThe harbour board approved a new crane on Tuesday, officials said.\n\nThe crane costs more than the old one.\n", "Bloomberg", OutletBasis.Chrome)]
    public void Check_NoHeader_NamesTheOutletTheTextNamesAsItsOwn(string text, string outlet, OutletBasis basis)
    {
        var d = Only(text);
        d.Outlet.Should().Be(outlet);
        d.OutletBasis.Should().Be(basis);
    }

    [TestCase("The harbour board approved a new crane on Tuesday, the Washington Post reported.\n\nThe crane costs more, CNN said, according to the Guardian.\n")]
    [TestCase("The harbour board approved a new crane on Tuesday.\n\nSources: The Washington Post, CNN\n")]
    [TestCase("The harbour board approved a crane (AP, Reuters, dpa) on Tuesday.\n\nThe crane costs more than the old one.\n")]
    public void Check_OutletsOnlyCited_NamesNone(string text)
    {
        var d = Only(text);
        d.Outlet.Should().BeNull("a cited outlet is not the publisher");
        d.OutletBasis.Should().Be(OutletBasis.None);
    }

    [TestCase("https://www.reuters.com/world/crane-123", "Reuters")]
    [TestCase("https://news.example.org/crane", "news.example.org")]
    public void Check_Url_NamesTheOutletFromItsHost(string url, string outlet)
    {
        var d = Only("The harbour board approved a new crane on Tuesday, officials said.\n", url);
        d.Outlet.Should().Be(outlet);
        d.OutletBasis.Should().Be(OutletBasis.Url);
    }

    [Test]
    public void Check_SuppliedOutlet_WinsAsMetadata()
    {
        var doc = new SourceDocument("a", "MILAN (Reuters) - The board approved a crane.") { Outlet = "Harbour Times" };
        var d = Checker.Check([doc, new SourceDocument("b", "Another text.")]).Documents.Single(x => x.Id == "a");
        d.Outlet.Should().Be("Harbour Times");
        d.OutletBasis.Should().Be(OutletBasis.Metadata);
    }

    [Test]
    public void Check_HeadlineLine_BecomesTheTitle()
    {
        var d = Only("Skip to main content\n\nHarbour board buys a second crane\n\nThe harbour board approved a new crane on Tuesday, officials said.\n\nThe crane costs more than the old one.\n");
        d.Title.Should().Be("Harbour board buys a second crane");
        Only("The harbour board approved a new crane on Tuesday, officials said.\n\nThe crane costs more.\n").Title.Should().BeNull("the text starts with its body");
    }

    [Test]
    public void Json_OutletBasis_IsWrittenAtTheEndOfTheDocument()
    {
        var json = Checker.Check([new SourceDocument("a", "MILAN (Reuters) - The board approved a crane on Tuesday."), new SourceDocument("b", "Another text.")]).ToJson();
        json.Should().Contain("\"outlet\": \"Reuters\"").And.Contain("\"outletBasis\": \"dateline\"").And.Contain("\"outletBasis\": \"none\"");
    }

    [Test]
    public void Seeds_NoHeader_OutletsNamedOrLeftUnknownNeverACitedOne()
    {
        Seeds.RequireAvailable();
        var report = Checker.Check(Seeds.All());
        var outlets = report.Documents.ToDictionary(d => d.Id[..3], d => d.Outlet);

        // What each page says of itself: a dateline credit and masthead, "more DW sites", "reading TPM" / "TPM Staff".
        outlets["000"].Should().Be("Courthouse News Service");
        outlets["001"].Should().Be("Deutsche Welle");
        outlets["002"].Should().Be("Talking Points Memo");

        // The other two never name their publisher (no URL, byline or chrome), only outlets they cite.
        outlets["003"].Should().BeNull();
        outlets["004"].Should().BeNull();
        report.Documents.Count(d => d.Title is not null).Should().BeGreaterThanOrEqualTo(4, "four seeds open with a headline line");
    }

    [Test]
    public async Task Reports_SampleAndSeeds_HaveNoDoubledFullStopsAndShowOutletsForIds()
    {
        var reports = new List<ConsistencyReport> { Checker.Check(InputReader.Read([RepoPaths.SampleDirectory])) };
        if (Seeds.Available)
        {
            reports.Add(Checker.Check(Seeds.All()));
        }

        foreach (var report in reports)
        {
            using var console = new StringWriter();
            SummaryPrinter.Print(report, console, ConsoleStyle.Plain);
            var markdown = report.ToMarkdown();
            var html = report.ToHtml();
            foreach (var (what, text) in new[] { ("console", console.ToString()), ("markdown", markdown) })
            {
                Regex.Matches(text, @"\p{L}\.\.(?!\.)").Select(m => m.Value).Should().BeEmpty($"the {what} report has no doubled full stop after a word (\"Sen..\")");
            }

            // Outside the Documents table (which lists id beside outlet), a document with an outlet is named by it.
            var findings = markdown[..markdown.IndexOf("## Documents", StringComparison.Ordinal)];
            var htmlFindings = Regex.Replace(html, "title=\"[^\"]*\"", string.Empty);
            htmlFindings = htmlFindings[..htmlFindings.IndexOf("id=\"documents\"", StringComparison.Ordinal)];
            foreach (var d in report.Documents.Where(d => d.Outlet is not null))
            {
                findings.Should().NotContain(d.Id, "Markdown shows {0}'s outlet, not its id", d.Outlet);
                htmlFindings.Should().NotContain(d.Id, "HTML shows {0}'s outlet, not its id", d.Outlet);
            }
        }

        await Task.CompletedTask;
    }

    [Test]
    public void Summary_LeadsWithFindingsAndExplainsTermsOnce()
    {
        using var console = new StringWriter();
        SummaryPrinter.Print(Checker.Check(InputReader.Read([RepoPaths.SampleDirectory])), console, ConsoleStyle.Plain);
        var text = console.ToString();
        text.IndexOf("Findings", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Documents", StringComparison.Ordinal));
        text.IndexOf("Documents", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Entities", StringComparison.Ordinal));
        Regex.Matches(text, "^Terms$", RegexOptions.Multiline).Should().HaveCount(1);
        text.Should().Contain("aligned fact ").And.Contain("kept N lines, dropped M").And.Contain("inferred");
    }
}
