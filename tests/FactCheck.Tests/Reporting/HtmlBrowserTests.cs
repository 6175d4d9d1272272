using System.Diagnostics;
using System.Text.RegularExpressions;
using FactCheck.Reporting;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reporting;

/// <summary>Opens the HTML report in headless Chromium and checks the DOM the browser actually built.</summary>
[NonParallelizable]
public class HtmlBrowserTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("factcheck-html-").FullName;

    [TearDown]
    public void TearDown()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing its profile files; the temp folder is cleaned by the OS.
        }
    }

    [Test]
    public void Chromium_HandBuiltReport_ShowsFindingsStancesAndMarksAndKeepsMarkupInert()
    {
        var dom = DumpDom(HandBuiltReports.Build().ToHtml());

        dom.Should().Contain("<title>FactCheck report</title>", "the article's script would have renamed the page");
        Regex.Count(dom, "<article class=\"finding ").Should().Be(3);
        dom.Should().Contain("<table class=\"matrix\">");
        Regex.Count(dom, "<td class=\"cell\"[^>]*><span class=\"(yes|cond)\">").Should().Be(2);
        dom.Should().Contain("<mark>Tuesday</mark>").And.Contain("<mark>Lena Brandtt</mark>");

        // The hostile article text is text: no element was created from it, and it is visible as written.
        Regex.IsMatch(dom, "<script", RegexOptions.IgnoreCase).Should().BeFalse();
        Regex.IsMatch(dom, "<img", RegexOptions.IgnoreCase).Should().BeFalse();
        dom.Should().Contain("&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt;");
    }

    [Test]
    public void Chromium_SampleStory_ShowsEveryFindingWithHighlightedEvidenceAndTheStanceMatrix()
    {
        var report = SampleStoryReport.Expected();
        var dom = DumpDom(report.ToHtml());

        Regex.Count(dom, "<article class=\"finding ").Should().Be(report.Findings.Count);
        Regex.Count(dom, "<mark>").Should().Be(report.Findings.Sum(f => f.Evidence.Count));
        dom.Should().Contain("<mark>Teodor Balen</mark>").And.Contain("<mark>vote on Thursday</mark>");
        Regex.Count(dom, "<td class=\"cell\"[^>]*><span class=\"yes\">").Should().Be(report.Stances.Count);
        foreach (var outlet in new[] { "The Dunmere Ledger", "Coastline Public Radio", "Harbor Watch Daily", "The Evening Beacon" })
        {
            dom.Should().Contain("<th class=\"outlet\">" + outlet + "</th>");
        }
    }

    [Test]
    public void Chromium_SampleStoryThroughThePipeline_RendersEveryDocumentAndFinding()
    {
        var report = SampleStoryReport.FromPipeline();
        var dom = DumpDom(report.ToHtml());

        dom.Should().Contain("<section id=\"findings\">").And.Contain("<section id=\"stances\">").And.Contain("<section id=\"documents\">");
        Regex.Count(dom, "<article class=\"finding ").Should().Be(report.Findings.Count);
        foreach (var d in report.Documents)
        {
            dom.Should().Contain("<span class=\"chip\">" + d.Id + "</span>");
        }
    }

    [Test]
    public void Chromium_QuoteWording_ShowsTheAddedWordsMarked()
    {
        var dom = DumpDom(HandBuiltReports.WithQuoteWording().ToHtml());
        dom.Should().Contain("<mark>We have no secret plan <ins>at all,</ins></mark>");
        Regex.Count(dom, "<article class=\"doc-text\"").Should().Be(2);
        dom.Should().Contain("<a class=\"ev\" href=\"#finding-quote-e1\"><mark class=\"ft\">We have no secret plan at all,</mark></a>");
    }

    [Test]
    public void Chromium_Filters_UntickingASeverityOrKind_HidesExactlyThoseFindings()
    {
        // The page itself has no script: the filters are CSS rules on checkboxes. This test adds a script to the
        // page (and drops the page's no-script policy) only to click the boxes and read what the browser shows.
        var html = Regex.Replace(HandBuiltReports.WithQuoteWording().ToHtml(), "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", string.Empty);
        const string Probe = """
            <script>
            function shown() { return [...document.querySelectorAll('article.finding')].filter(a => getComputedStyle(a).display !== 'none').map(a => a.id).join(','); }
            const seen = [shown()];
            document.getElementById('fs-difference').click(); seen.push(shown());
            document.getElementById('fs-difference').click(); document.getElementById('fk-date').click(); seen.push(shown());
            document.body.setAttribute('data-shown', seen.join('|'));
            </script>
            """;
        var dom = DumpDom(html.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        var shown = Regex.Match(dom, "data-shown=\"([^\"]*)\"").Groups[1].Value.Split('|');
        shown.Should().Equal(
            "finding-date,finding-spelling,finding-hostile,finding-quote",
            "finding-date,finding-hostile",
            "finding-spelling,finding-hostile,finding-quote");
    }

    [Test]
    public void Chromium_PrintSampleStory_UnderHalfThePagesOfTheFormerPrint()
    {
        // The page before the print style printed the pipeline's sample story on 11 pages (A4/Letter default).
        PrintedPages(SampleStoryReport.FromPipeline().ToHtml()).Should().BeLessThanOrEqualTo(5);
    }

    [Test]
    public void Chromium_PrintSeeds_UnderHalfThePagesOfTheFormerPrint()
    {
        Seeds.RequireAvailable();
        // The five seed articles printed on 28 pages before the print style.
        PrintedPages(FactChecker.CreateDefault().Check(Seeds.All()).ToHtml()).Should().BeLessThanOrEqualTo(13);
    }

    /// <summary>Regenerates docs/sample-report.png from the sample story as the pipeline reports it (run by hand: it writes into the repo).</summary>
    [Test]
    [Explicit("Writes docs/sample-report.png")]
    public void Chromium_WriteDocsScreenshot()
    {
        var page = Path.Combine(_dir, "sample.html");
        File.WriteAllText(page, SampleStoryReport.FromPipeline().ToHtml());
        var png = RepoPaths.Docs("sample-report.png");
        Chromium($"--screenshot={png} --window-size=1280,2000 --hide-scrollbars file://{page}");
        File.Exists(png).Should().BeTrue();
    }

    private int PrintedPages(string html)
    {
        var page = Path.Combine(_dir, "print.html");
        var pdf = Path.Combine(_dir, "print.pdf");
        File.WriteAllText(page, html);
        Chromium($"--no-pdf-header-footer --print-to-pdf={pdf} file://{page}");
        return Regex.Count(File.ReadAllText(pdf, System.Text.Encoding.Latin1), @"/Type\s*/Page(?!s)");
    }

    private string DumpDom(string html)
    {
        var page = Path.Combine(_dir, "report.html");
        File.WriteAllText(page, html);
        return Chromium($"--dump-dom file://{page}");
    }

    private string Chromium(string arguments)
    {
        var exe = FindOnPath("chromium");
        if (exe is null)
        {
            Assert.Ignore("Chromium is not installed (no 'chromium' on PATH); .ci/run installs Debian's chromium package.");
        }

        var profile = Directory.CreateDirectory(Path.Combine(_dir, "profile")).FullName;
        var psi = new ProcessStartInfo(exe!,
            $"--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir={profile} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 90 s. " + stderr.Result);
        }

        process.ExitCode.Should().Be(0, stderr.Result);
        return stdout.Result;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
