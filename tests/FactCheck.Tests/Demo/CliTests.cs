using Microsoft.Extensions.Logging;
using System.Text.Json;
using FactCheck.Demo;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Demo;

public class CliTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("factcheck-cli-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, output, error, RepoPaths.SampleDirectory);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Run_NoArguments_SummarizesTheBundledSample()
    {
        var (code, output, error) = await Run();
        code.Should().Be(Cli.Ok, error);
        output.Should().Contain("4 articles").And.Contain("The Dunmere Ledger").And.Contain("2026-03-04").And.Contain("(metadata)")
            .And.Contain("Findings").And.NotContain("\u001b[", "redirected output is plain text");
        error.Should().BeEmpty();
    }

    [Test]
    public async Task Run_MissingPath_ExitsTwoWithOneLineNamingThePath()
    {
        var missing = Path.Combine(_dir, "nope.txt");
        var (code, _, error) = await Run(missing, missing);
        code.Should().Be(Cli.BadInput);
        error.TrimEnd().Should().StartWith("factcheck: ").And.Contain(missing).And.Contain("does not exist").And.NotContain("\n", "a missing path is a usage error, not a file to skip");
    }

    [TestCase("", "empty")]
    [TestCase("   \n\t", "empty")]
    [TestCase("bin\0ary", "binary")]
    public async Task Run_UnusableFileWithStrict_ExitsTwoNamingTheProblem(string content, string problem)
    {
        var bad = Path.Combine(_dir, "bad.txt");
        await File.WriteAllTextAsync(bad, content);
        var (code, _, error) = await Run(RepoPaths.SampleDirectory, bad, "--strict");
        code.Should().Be(Cli.BadInput);
        error.Should().StartWith("factcheck: ").And.Contain(bad).And.ContainEquivalentOf(problem);
        error.TrimEnd().Should().NotContain("\n").And.NotContain(" at ", "no stack trace");
    }

    [TestCase("", "empty")]
    [TestCase("bin\0ary", "binary")]
    public async Task Run_UnusableFileAmongEnough_SkipsItWithOneWarningLine(string content, string problem)
    {
        var bad = Path.Combine(_dir, "bad.txt");
        await File.WriteAllTextAsync(bad, content);
        var (code, output, error) = await Run(RepoPaths.SampleDirectory, bad);
        code.Should().Be(Cli.Ok, error);
        output.Should().Contain("4 articles");
        error.TrimEnd().Should().StartWith("factcheck: warning: skipping " + bad).And.ContainEquivalentOf(problem).And.NotContain("\n");
    }

    [Test]
    public async Task Run_UnusableFilesLeaveFewerThanTwo_ExitsTwo()
    {
        var dir = await Folder("mostly-bad", ("a.txt", CourierApril), ("b.txt", "bin\0ary"));
        var (code, output, error) = await Run(dir);
        code.Should().Be(Cli.BadInput);
        output.Should().BeEmpty();
        error.Should().Contain("warning: skipping").And.Contain("fewer than two articles (found 1 after skipping 1 unusable)");
    }

    [Test]
    public async Task Run_Quiet_PrintsNothingButWritesTheReport()
    {
        var html = Path.Combine(_dir, "r.html");
        var (code, output, error) = await Run("--quiet", "--html", html);
        code.Should().Be(Cli.Ok, error);
        output.Should().BeEmpty();
        error.Should().BeEmpty();
        File.Exists(html).Should().BeTrue();
    }

    [Test]
    public async Task Run_FailOnMet_SaysWhyInOneLineOnStandardError()
    {
        var dir = await Folder("contra-why", ("a.txt", CourierApril), ("b.txt", LanternJune));
        var (code, _, error) = await Run(dir, "--quiet", "--fail-on", "difference");
        code.Should().Be(Cli.FailOnMet);
        error.TrimEnd().Should().StartWith("factcheck: --fail-on difference: the report shows ").And.Contain("1 contradiction").And.NotContain("\n");
    }

    [Test]
    public async Task Run_FailOnBelowMinSeverity_CountsOnlyShownFindings()
    {
        // The bundled sample has differences and notes but no contradiction: hidden findings never fail the run.
        var (all, _, _) = await Run("--quiet", "--fail-on", "note");
        var (hidden, output, error) = await Run("--min-severity", "contradiction", "--fail-on", "note");
        all.Should().Be(Cli.FailOnMet, "the sample has findings below 'contradiction', or this test proves nothing");
        hidden.Should().Be(Cli.Ok, error);
        error.Should().BeEmpty();
        output.Should().Contain("0 contradictions");

        var contra = await Folder("contra-min", ("a.txt", CourierApril), ("b.txt", LanternJune));
        (await Run(contra, "--quiet", "--min-severity", "contradiction", "--fail-on", "note")).Code.Should().Be(Cli.FailOnMet);
    }

    [Test]
    public async Task Run_DashReadsOneArticleFromStandardInput()
    {
        var file = Path.Combine(_dir, "a.txt");
        await File.WriteAllTextAsync(file, CourierApril);
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(LanternJune);
        var code = await Cli.RunAsync([file, "-", "--json", "-"], output, error, RepoPaths.SampleDirectory, input: input);
        code.Should().Be(Cli.Ok, error.ToString());
        using var doc = JsonDocument.Parse(output.ToString());
        doc.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("a", "stdin");
    }

    [Test]
    public async Task Run_DashWithoutStandardInput_ExitsTwo()
    {
        var (code, _, error) = await Run(RepoPaths.SampleDirectory, "-");
        code.Should().Be(Cli.BadInput);
        error.Should().Contain("standard input");
    }

    [Test]
    public async Task Run_Recursive_ReadsSubfoldersWithIdsByRelativePath()
    {
        var root = Path.Combine(_dir, "tree");
        await Folder(Path.Combine("tree", "north"), ("article.txt", CourierApril));
        await Folder(Path.Combine("tree", "south"), ("article.txt", LanternJune));
        var (flat, _, _) = await Run(root, "--quiet");
        flat.Should().Be(Cli.BadInput, "without --recursive the subfolders are not read");

        var (code, output, error) = await Run(root, "--recursive", "--json", "-");
        code.Should().Be(Cli.Ok, error);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Equal("north/article", "south/article");
    }

    [Test]
    public async Task Run_SameFileNameInTwoFolders_GetsTwoIds()
    {
        var north = await Folder("north", ("article.txt", CourierApril));
        var south = await Folder("south", ("article.txt", LanternJune));
        var (code, output, error) = await Run(Path.Combine(north, "article.txt"), Path.Combine(south, "article.txt"), "--json", "-");
        code.Should().Be(Cli.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var ids = doc.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        ids.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        ids.Should().Contain(i => i.EndsWith("north/article", StringComparison.Ordinal)).And.Contain(i => i.EndsWith("south/article", StringComparison.Ordinal));
    }

    [Test]
    public async Task Run_Help_ListsExitCodesAndTheManifestFormat()
    {
        var (code, output, _) = await Run("--help");
        code.Should().Be(Cli.Ok);
        output.Should().Contain("--quiet").And.Contain("--recursive").And.Contain("--strict")
            .And.Contain("Exit codes:").And.Contain("130").And.Contain("143").And.MatchRegex(@"\n\s+2\s+bad input")
            .And.Contain("Manifest").And.Contain("\"path\"").And.Contain("\"published\"")
            .And.Contain("--fail-on counts only the findings the report shows");
    }

    [Test]
    public async Task VerboseLog_PublicationDates_AreIso()
    {
        var provider = new Microsoft.Extensions.Logging.Testing.FakeLoggerProvider();
        using var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug).AddProvider(provider));
        var checker = new FactCheckerBuilder().UseLoggerFactory(factory).Build();
        await checker.CheckAsync(InputReader.Read([RepoPaths.SampleDirectory]));
        var dated = provider.Collector.GetSnapshot().Select(r => r.Message).Where(m => m.Contains("Publication date", StringComparison.Ordinal)).ToList();
        dated.Should().NotBeEmpty("the sample has an article whose date is inferred");
        dated.Should().OnlyContain(m => System.Text.RegularExpressions.Regex.IsMatch(m, @"\b\d{4}-\d{2}-\d{2}\b") && !m.Contains('/', StringComparison.Ordinal));
    }

    [Test]
    public async Task Run_MalformedManifest_ExitsTwoInPlainWordsWithLineAndColumn()
    {
        var manifest = Path.Combine(_dir, "m.json");
        await File.WriteAllTextAsync(manifest, "[\n  { \"id\": \"a\", \"text\": \"t\", \"colour\": \"red\" }\n]");
        var (code, _, error) = await Run(manifest, "--strict");
        code.Should().Be(Cli.BadInput);
        error.TrimEnd().Should().Contain("line 2, column").And.Contain("unknown field 'colour'").And.NotContain("System.").And.NotContain(".NET").And.NotContain("\n");
    }

    [Test]
    public async Task Run_OneArticle_ExitsTwoAskingForTwo()
    {
        var (code, _, error) = await Run(Path.Combine(RepoPaths.SampleDirectory, "ledger.txt"));
        code.Should().Be(Cli.BadInput);
        error.Should().Contain("at least two");
    }

    [Test]
    public async Task Run_OnlyChromeLeftInAnArticle_ExitsTwoNamingIt()
    {
        var chrome = Path.Combine(_dir, "chrome.txt");
        await File.WriteAllTextAsync(chrome, "Outlet: Nowhere News\nDate: 2026-01-01\n\n");
        var (code, _, error) = await Run(Path.Combine(RepoPaths.SampleDirectory, "ledger.txt"), chrome);
        code.Should().Be(Cli.BadInput);
        error.Should().Contain(chrome).And.Contain("fewer than two articles");
    }

    [TestCase("--min-severity", "huge")]
    [TestCase("--fail-on", "everything")]
    [TestCase("--no-such-option")]
    public async Task Run_BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, error) = await Run(args);
        code.Should().Be(Cli.BadInput);
        error.Should().StartWith("factcheck: ");
    }

    [Test]
    public async Task Run_JsonToStandardOutput_WritesOnlyTheJson()
    {
        var (code, output, _) = await Run("--json", "-");
        code.Should().Be(Cli.Ok);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        doc.RootElement.GetProperty("documents").GetArrayLength().Should().Be(4);
    }

    [Test]
    public async Task Run_ReportFiles_WritesExactlyTheRequestedFiles()
    {
        var html = Path.Combine(_dir, "r.html");
        var md = Path.Combine(_dir, "r.md");
        var (code, output, _) = await Run("--html", html, "--markdown", md);
        code.Should().Be(Cli.Ok);
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo(["r.html", "r.md"]);
        (await File.ReadAllTextAsync(html)).Should().StartWith("<!DOCTYPE html>");
        (await File.ReadAllTextAsync(md)).Should().StartWith("# FactCheck report");
        output.Should().Contain("Wrote the HTML report to " + html);
    }

    [Test]
    public async Task Run_FailOnThresholdNotMet_ExitsZero()
    {
        // Placeholder stages may find nothing; this only pins that an unmet threshold is not a failure.
        var (code, output, _) = await Run("--json", "-", "--fail-on", "contradiction");
        using var doc = JsonDocument.Parse(output);
        var met = doc.RootElement.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("severity").GetString() == "contradiction");
        code.Should().Be(met ? Cli.FailOnMet : Cli.Ok);
    }

    [Test]
    public void InputReader_SampleHeader_BecomesMetadataAndBodyStart()
    {
        var docs = InputReader.Read([RepoPaths.SampleDirectory]);
        docs.Select(d => d.Id).Should().Equal("beacon", "coastline", "harborwatch", "ledger");
        var ledger = docs.Single(d => d.Id == "ledger");
        ledger.Outlet.Should().Be("The Dunmere Ledger");
        ledger.Published.Should().Be(new DateOnly(2026, 3, 4));
        ledger.PublishedBasis.Should().Be(PublishedBasis.Metadata);
        ledger.Title.Should().Be("Port chair met shipping owner before dredging vote");
        ledger.Text[ledger.BodyStart..].Should().StartWith("Skip to content");
        docs.Single(d => d.Id == "beacon").Published.Should().BeNull();
    }

    [Test]
    public async Task InputReader_Manifest_ReadsListedFilesWithOverrides()
    {
        var manifest = Path.Combine(_dir, "m.json");
        File.Copy(Path.Combine(RepoPaths.SampleDirectory, "ledger.txt"), Path.Combine(_dir, "ledger.txt"));
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new[] { new { path = "ledger.txt", id = "L", outlet = "Override" } }));
        var doc = InputReader.Read([manifest]).Single();
        doc.Id.Should().Be("L");
        doc.Outlet.Should().Be("Override");
        doc.Published.Should().Be(new DateOnly(2026, 3, 4));
    }

    private const string CourierApril = "Outlet: Fenwick Courier\nDate: 2026-05-10\n\nMayor Lena Varga met developer Tomas Reyes only once, in April 2026, her office said on Saturday.\n\nVarga said the meeting was about a school project and lasted an hour.\n";

    private const string LanternJune = "Outlet: The Morning Lantern\nDate: 2026-05-10\n\nMayor Lena Varga met developer Tomas Reyes only once, in June 2026, according to her calendar.\n\nVarga has said she did nothing wrong and will not resign.\n";

    private async Task<string> Folder(string name, params (string File, string Text)[] files)
    {
        var dir = Path.Combine(_dir, name);
        Directory.CreateDirectory(dir);
        foreach (var (file, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, file), text);
        }

        return dir;
    }

    [Test]
    public async Task Run_FailOnContradictionWhenOutletsContradict_ExitsOne()
    {
        var dir = await Folder("contra", ("a.txt", CourierApril), ("b.txt", LanternJune));
        var (code, output, error) = await Run(dir, "--fail-on", "contradiction");
        code.Should().Be(Cli.FailOnMet, error);
        output.Should().Contain("CONTRADICTION date").And.Contain("1 contradiction,");
    }

    [Test]
    public async Task Run_FailOnContradictionWhenOutletsAgree_ExitsZero()
    {
        var dir = await Folder("agree", ("a.txt", CourierApril), ("b.txt", LanternJune.Replace("June", "April", StringComparison.Ordinal)));
        var (code, output, error) = await Run(dir, "--fail-on", "contradiction");
        code.Should().Be(Cli.Ok, error);
        output.Should().Contain("0 contradictions");
    }

    [Test]
    public async Task Run_FolderWithOneArticle_ExitsTwoNamingTheFolder()
    {
        var dir = await Folder("one", ("a.txt", CourierApril));
        var (code, output, error) = await Run(dir);
        code.Should().Be(Cli.BadInput);
        output.Should().BeEmpty();
        error.TrimEnd().Should().Be($"factcheck: {dir}: fewer than two articles (found 1); a check needs at least two.");
    }

    [Test]
    public async Task Run_MarkdownToStandardOutput_WritesOnlyTheMarkdown()
    {
        var (code, output, _) = await Run("--markdown", "-");
        code.Should().Be(Cli.Ok);
        output.Should().StartWith("# FactCheck report").And.NotContain("Wrote the").And.NotContain("FactCheck: 4 articles", "the console summary stays out of a report on standard output");
    }

    [Test]
    public async Task Run_HtmlToStandardOutput_WritesOnlyTheHtml()
    {
        var (code, output, _) = await Run("--html", "-");
        code.Should().Be(Cli.Ok);
        output.Should().StartWith("<!DOCTYPE html>");
        output.TrimEnd().Should().EndWith("</html>");
    }

    [Test]
    public async Task Run_TwoReportsToStandardOutput_ExitsTwo()
    {
        var (code, output, error) = await Run("--json", "-", "--markdown", "-");
        code.Should().Be(Cli.BadInput);
        output.Should().BeEmpty();
        error.Should().StartWith("factcheck: ").And.Contain("standard output");
    }

    [Test]
    public async Task Run_ReportIntoMissingFolder_ExitsTwoNamingThePath()
    {
        var target = Path.Combine(_dir, "no-such-folder", "r.html");
        var (code, _, error) = await Run("--html", target);
        code.Should().Be(Cli.BadInput);
        error.TrimEnd().Should().StartWith("factcheck: cannot write the report").And.Contain(target).And.NotContain("\n");
    }

    [TestCase("difference", new[] { "contradiction", "difference" })]
    [TestCase("contradiction", new[] { "contradiction" })]
    public async Task Run_MinSeverity_LeavesOutLowerFindings(string min, string[] allowed)
    {
        static async Task<string[]> Severities(params string[] args)
        {
            var (code, output, _) = await Run(args);
            code.Should().Be(Cli.Ok);
            using var doc = JsonDocument.Parse(output);
            return [.. doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()!)];
        }

        var all = await Severities("--json", "-");
        var kept = await Severities("--json", "-", "--min-severity", min);
        all.Should().Contain(s => !allowed.Contains(s), "the sample has findings below the threshold, or this test proves nothing");
        kept.Where(s => !allowed.Contains(s)).Should().BeEmpty();
        kept.Should().HaveCount(all.Count(s => allowed.Contains(s)));
    }

    [Test]
    public async Task Run_BundledSample_ShowsCleanEntities()
    {
        var (code, output, _) = await Run();
        code.Should().Be(Cli.Ok);
        output.Should().Contain("Balan Maritime (organization").And.Contain("Teodor Balen (misspelt")
            .And.Contain("called for Corwin Ashgrove's resignation")
            .And.NotContain("The Evening Beacon (organization", "an article's own outlet is a document, not an entity of the story")
            .And.NotContain("Pressure (").And.NotContain("Ferry (").And.NotContain("Ashgrove (place").And.NotContain("called for resign")
            .And.NotContain(" 1 mentions");
    }

    [Test]
    public async Task WithProgress_InteractiveAndSlow_DrawsOnStandardErrorAndWipesTheLine()
    {
        using var error = new StringWriter();
        var work = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = Cli.WithProgressAsync(work.Task, 3, error, interactive: true, after: TimeSpan.Zero);
        var guard = DateTime.UtcNow.AddMinutes(1);
        while (!error.ToString().Contains("checking 3 articles", StringComparison.Ordinal) && DateTime.UtcNow < guard)
        {
            await Task.Delay(20);
        }

        work.SetResult(42);
        (await progress).Should().Be(42);
        var text = error.ToString();
        text.Should().Contain("checking 3 articles");
        text.Should().EndWith("\r" + new string(' ', 48) + "\r", "the spinner line is wiped when the check ends");
    }

    [Test]
    public async Task WithProgress_NotInteractive_WritesNothing()
    {
        using var error = new StringWriter();
        var work = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = Cli.WithProgressAsync(work.Task, 3, error, interactive: false, after: TimeSpan.Zero);
        await Task.Delay(300);
        work.SetResult(1);
        await progress;
        error.ToString().Should().BeEmpty();
    }

    [Test]
    public async Task WithProgress_FinishedWork_WritesNothing()
    {
        using var error = new StringWriter();
        (await Cli.WithProgressAsync(Task.FromResult(7), 3, error, interactive: true)).Should().Be(7);
        error.ToString().Should().BeEmpty();
    }

    [TestCase(1, "1 mention")]
    [TestCase(0, "0 mentions")]
    [TestCase(2, "2 mentions")]
    public void Plural_Count_AgreesWithTheNoun(int count, string expected)
    {
        SummaryPrinter.Plural(count, "mention").Should().Be(expected);
    }
}
