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
        error.TrimEnd().Should().StartWith("factcheck: ").And.Contain(missing).And.Contain("does not exist").And.NotContain("\n");
    }

    [TestCase("", "empty")]
    [TestCase("   \n\t", "empty")]
    [TestCase("bin\0ary", "binary")]
    public async Task Run_UnusableFile_ExitsTwoNamingTheProblem(string content, string problem)
    {
        var bad = Path.Combine(_dir, "bad.txt");
        await File.WriteAllTextAsync(bad, content);
        var (code, _, error) = await Run(RepoPaths.SampleDirectory, bad);
        code.Should().Be(Cli.BadInput);
        error.Should().StartWith("factcheck: ").And.Contain(bad).And.ContainEquivalentOf(problem);
        error.TrimEnd().Should().NotContain("\n").And.NotContain(" at ", "no stack trace");
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
}
