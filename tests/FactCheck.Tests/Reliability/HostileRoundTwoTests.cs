using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FactCheck.Demo;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Tests.Support;
using static FactCheck.Tests.Reliability.ReportInvariants;

namespace FactCheck.Tests.Reliability;

/// <summary>
/// Issue 17: the second adversarial round. Every input here once crashed, hung, leaked a file, reached the terminal raw
/// or was silently lost; each test pins the defined behaviour instead (a valid report, or exit 2 with one line).
/// </summary>
[NonParallelizable]
public class HostileRoundTwoTests
{
    private static readonly FactChecker Checker = FactChecker.CreateDefault();

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("factcheck-hostile2-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static IReadOnlyList<SourceDocument> Story(int n = 3, ulong seed = 1) => StoryGenerator.StoryGenerator.Generate(n, seed).Documents;

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync(args, output, error, RepoPaths.SampleDirectory);
        return (code, output.ToString(), error.ToString());
    }

    private static string Sample(string name) => Path.Combine(RepoPaths.SampleDirectory, name);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static void LinuxOnly()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("FIFOs, /dev/zero, /proc/self/fd and POSIX signals are tested on Linux only.");
        }
    }

    private static void OneLineError(string error)
    {
        error.Should().StartWith("factcheck: ");
        error.TrimEnd().Should().NotContain("\n").And.NotContain("   at ", "no stack trace");
    }

    // ---- 1. dates at the ends of the calendar ----

    /// <summary>Relative and calendar expressions that move a date both ways, in my own words.</summary>
    private const string ShiftingBody =
        "The council will vote tomorrow and met yesterday. Next week the mayor travels; last week she stayed home. "
        + "Next month the budget lands, and last month it was drafted. Next year a new port opens; last year it closed. "
        + "In two days the ferry returns. Two weeks ago the ferry left. On Friday the board spoke, and next Monday it will meet again. "
        + "Last Sunday the harbor flooded. Next winter the pier is rebuilt; last winter it cracked. Next quarter the fees rise. "
        + "This weekend the market opens. The week before, a storm came. On March 3 the inquiry began and in the spring it will end.";

    [TestCase("Date", "9999-12-31")]
    [TestCase("Date", "0001-01-01")]
    [TestCase("Published", "9999-12-31")]
    [TestCase("Published", "0001-01-01")]
    public void Check_HeaderDateAtTheEndOfTheCalendar_GivesValidReport(string key, string date)
    {
        var edge = DocumentLoader.FromText("edge", $"Outlet: Edge Daily\n{key}: {date}\n\n{ShiftingBody}\n");
        var docs = Story(2).Append(edge).ToList();
        var (report, error) = ReportOrInputError(Checker, docs);
        error.Should().BeNull();
        report!.Documents.Should().HaveCount(3);
        report.Documents.Single(d => d.Id == "edge").TimeExpressions.Should().NotBeEmpty("expressions inside the calendar still resolve");
    }

    [Test]
    public void FromText_PublishedMaxAndMinValue_GiveValidReports()
    {
        foreach (var date in new[] { DateOnly.MaxValue, DateOnly.MinValue })
        {
            var edge = DocumentLoader.FromText("edge", ShiftingBody, published: date);
            var (report, error) = ReportOrInputError(Checker, [.. Story(2), edge]);
            error.Should().BeNull();
            report!.Documents.Should().HaveCount(3);
        }
    }

    [Test]
    public async Task Run_ManifestPublishedAtTheEndOfTheCalendar_GivesReport()
    {
        Write("edge.txt", ShiftingBody);
        var manifest = Write("m.json", JsonSerializer.Serialize(new object[]
        {
            new { id = "edge", path = "edge.txt", published = "9999-12-31" },
            new { id = "start", text = ShiftingBody, published = "0001-01-01" },
        }));
        var (code, output, error) = await Run(manifest, Sample("ledger.txt"), "--json", "-");
        code.Should().Be(Cli.Ok, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(3);
    }

    // ---- 2. NUL in a manifest path ----

    [Test]
    public async Task Run_ManifestPathWithNul_ExitsTwoWithOneLine()
    {
        var manifest = Write("m.json", "[{\"id\":\"a\",\"path\":\"x\\u0000y.txt\"},{\"id\":\"b\",\"text\":\"Some words.\"}]");
        var act = () => DocumentLoader.FromManifest(manifest);
        act.Should().Throw<FactCheckInputException>().WithMessage("*'a'*NUL*");

        var (code, _, error) = await Run(manifest, "--strict"); // without --strict the manifest is skipped with a warning line first
        code.Should().Be(Cli.BadInput);
        OneLineError(error);
        error.Should().Contain("\\x00").And.NotContain("\0");
    }

    // ---- 3. links to endless devices; 4. FIFOs; 5. size first ----

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void FromFile_LinkToEndlessDevice_IsRefusedWithoutReadingIt(string device)
    {
        LinuxOnly();
        var link = Path.Combine(_dir, "device.txt");
        File.CreateSymbolicLink(link, device);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var act = () => DocumentLoader.FromFile(link);
        act.Should().Throw<FactCheckInputException>().WithMessage("*not a regular file*");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1 << 20, "nothing of the device is read");
    }

    [Test]
    public async Task Run_Fifo_ExitsTwoWithoutOpeningIt()
    {
        LinuxOnly();
        var fifo = Path.Combine(_dir, "pipe.txt");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            await mk.WaitForExitAsync();
            if (mk.ExitCode != 0)
            {
                Assert.Ignore("mkfifo is not available here.");
            }
        }

        var run = Run(Sample("ledger.txt"), fifo, "--strict"); // without --strict: the same refusal as a warning, then 'fewer than two'
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
        if (finished != run)
        {
            // Unblock the reader so the test run does not hang, then fail.
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail("Reading a FIFO blocked.");
        }

        var (code, _, error) = await run;
        code.Should().Be(Cli.BadInput);
        OneLineError(error);
        error.Should().Contain("pipe.txt").And.Contain("not a regular file");
    }

    [Test]
    public void FromFile_HugeFile_IsRefusedFromItsSizeWithoutReadingIt()
    {
        var huge = Path.Combine(_dir, "huge.txt");
        using (var fs = new FileStream(huge, FileMode.CreateNew))
        {
            fs.SetLength(1L << 30); // sparse where the file system allows: nothing is written
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var act = () => DocumentLoader.FromFile(huge);
        act.Should().Throw<FactCheckInputException>().WithMessage("*longer than the limit*bytes*");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1 << 20);
    }

    [Test]
    public void FromFile_JustOverTheLimitInCharacters_IsRefusedNamingTheCount()
    {
        var limit = new FactCheckOptions().MaxDocumentLength;
        var path = Write("long.txt", new string('a', limit + 1));
        var act = () => DocumentLoader.FromFile(path);
        act.Should().Throw<FactCheckInputException>().WithMessage($"*longer than the limit*{limit + 1} characters*");
        Write("ok.txt", new string('a', 1000)).Should().NotBeNull();
        DocumentLoader.FromFile(Path.Combine(_dir, "ok.txt")).Text.Should().HaveLength(1000);
    }

    // ---- 6. links out of the manifest's folder or the scanned folder ----

    [TestCase(false)]
    [TestCase(true)]
    public void FromManifest_LinkInsideTheFolderLeadingOut_IsRefused(bool linkedFolder)
    {
        var outside = Path.Combine(_dir, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "A private note that must never be read.");
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        string entry;
        if (linkedFolder)
        {
            Directory.CreateSymbolicLink(Path.Combine(story, "sub"), outside);
            entry = "sub/secret.txt";
        }
        else
        {
            File.CreateSymbolicLink(Path.Combine(story, "link.txt"), Path.Combine(outside, "secret.txt"));
            entry = "link.txt";
        }

        File.WriteAllText(Path.Combine(story, "m.json"), JsonSerializer.Serialize(new object[] { new { id = "b", path = entry } }));
        var act = () => DocumentLoader.FromManifest(Path.Combine(story, "m.json"));
        act.Should().Throw<FactCheckInputException>().WithMessage("*'b'*outside the manifest's folder*");
    }

    [Test]
    public void FromManifest_LinkStayingInsideTheFolder_IsRead()
    {
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        File.WriteAllText(Path.Combine(story, "real.txt"), "Harbor officials met on Tuesday.");
        File.CreateSymbolicLink(Path.Combine(story, "alias.txt"), "real.txt");
        File.WriteAllText(Path.Combine(story, "m.json"), JsonSerializer.Serialize(new object[] { new { id = "b", path = "alias.txt" } }));
        DocumentLoader.FromManifest(Path.Combine(story, "m.json")).Single().Text.Should().Contain("Harbor officials");
    }

    [Test]
    public void FromDirectory_LinkLeadingOutOfTheFolder_IsSkipped()
    {
        var secret = Write("secret.txt", "A private note that must never be read.");
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        File.Copy(Sample("ledger.txt"), Path.Combine(story, "ledger.txt"));
        File.Copy(Sample("beacon.txt"), Path.Combine(story, "beacon.txt"));
        File.CreateSymbolicLink(Path.Combine(story, "leak.txt"), secret);
        DocumentLoader.FromDirectory(story).Select(d => d.Id).Should().BeEquivalentTo(["beacon", "ledger"]);
    }

    // ---- 7. '@' is a file name, not a response file ----

    [Test]
    public async Task Run_ArgumentStartingWithAt_IsNeverReadAsResponseFile()
    {
        var target = Path.Combine(_dir, "overwritten.html");
        var options = Write("x.txt", $"--html {target}");
        var (code, _, error) = await Run(Sample("ledger.txt"), Sample("beacon.txt"), "@" + options);
        File.Exists(target).Should().BeFalse("the file's text must not become options");
        code.Should().Be(Cli.BadInput);
        error.Should().Contain("@" + options).And.Contain("does not exist");
    }

    // ---- 8. a report file is never an input ----

    [TestCase("--json")]
    [TestCase("--markdown")]
    [TestCase("--html")]
    public async Task Run_ReportFileNamingAnInput_ExitsTwoAndKeepsTheArticle(string option)
    {
        var article = Path.Combine(_dir, "beacon.txt");
        File.Copy(Sample("beacon.txt"), article);
        var before = await File.ReadAllTextAsync(article);
        var (code, _, error) = await Run(Sample("ledger.txt"), article, option, article);
        code.Should().Be(Cli.BadInput);
        OneLineError(error);
        error.Should().Contain("beacon.txt").And.Contain(option);
        (await File.ReadAllTextAsync(article)).Should().Be(before);
    }

    [Test]
    public async Task Run_ReportFileInsideTheScannedFolder_IsNotReadOnTheNextRun()
    {
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        File.Copy(Sample("ledger.txt"), Path.Combine(story, "ledger.txt"));
        File.Copy(Sample("beacon.txt"), Path.Combine(story, "beacon.txt"));
        var md = Path.Combine(story, "report.txt");
        for (var run = 0; run < 2; run++)
        {
            var (code, output, error) = await Run(story, "--markdown", md);
            code.Should().Be(Cli.Ok, error);
            output.Should().Contain("2 articles", "the report of the previous run is not an article");
        }
    }

    [Test]
    public async Task Process_StandardOutputRedirectedIntoTheScannedFolder_IsNotReadAsAnArticle()
    {
        LinuxOnly();
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        File.Copy(Sample("ledger.txt"), Path.Combine(story, "ledger.txt"));
        File.Copy(Sample("beacon.txt"), Path.Combine(story, "beacon.txt"));
        var demo = Path.Combine(AppContext.BaseDirectory, "FactCheck.Demo.dll");
        var (code, _) = await Shell($"cd '{story}' && dotnet '{demo}' . > out.txt", TimeSpan.FromSeconds(60));
        code.Should().Be(Cli.Ok);
        (await File.ReadAllTextAsync(Path.Combine(story, "out.txt"))).Should().Contain("2 articles");
    }

    // ---- 9. control characters from the input are shown, never sent ----

    [Test]
    public async Task Run_ControlCharactersInOutletFileNameAndMessages_AreShownEscaped()
    {
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        File.Copy(Sample("ledger.txt"), Path.Combine(story, "ledger.txt"));
        var beacon = (await File.ReadAllTextAsync(Sample("beacon.txt"))).Replace("Outlet: The Evening Beacon", "Outlet: Evil\u001b]0;owned\u0007 News\u001b[2J\u009b", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(story, "ev\u001b[31mil\nfake.txt"), beacon);
        var md = Path.Combine(_dir, "r.md");
        var (code, output, error) = await Run(story, "--markdown", md);
        code.Should().Be(Cli.Ok, error);
        output.Should().Contain("Evil\\x1b]0;owned\\x07 News\\x1b[2J\\x9b").And.Contain("ev\\x1b[31mil\\x0afake");
        output.Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u009b");
        var markdown = await File.ReadAllTextAsync(md);
        markdown.Should().NotContain("\u001b").And.NotContain("\u0007").And.Contain("\\x1b");

        var (bad, _, message) = await Run(Path.Combine(story, "no\u001b[2Jpe.txt"), Sample("ledger.txt"));
        bad.Should().Be(Cli.BadInput);
        message.Should().NotContain("\u001b").And.Contain("no\\x1b[2Jpe.txt");
    }

    [Test]
    public void TerminalText_Escape_ShowsControlAndBidiCharactersKeepsTheRest()
    {
        TerminalText.Escape("a\u001bb\nc\u202ed é").Should().Be("a\\x1bb\\x0ac\\u202ed é");
        TerminalText.Escape("plain text").Should().Be("plain text");
    }

    // ---- 10. prose is not chrome; an article that loses all its text is reported ----

    [Test]
    public void Check_OneLineArticleEndingWithChromePhrase_KeepsItsText()
    {
        var prose = string.Join(' ', Enumerable.Repeat("The harbor board met on Tuesday and voted to delay the dredging contract after residents objected to the cost.", 8));
        var oneLine = DocumentLoader.FromText("oneline", prose + " Copyright 2026 The Coast Courier. All rights reserved.");
        var report = Checker.Check([.. Story(2), oneLine]);
        var doc = report.Documents.Single(d => d.Id == "oneline");
        doc.KeptLines.Should().Be(1);
        doc.SentenceCount.Should().BeGreaterThan(5);
        doc.Warnings.Should().BeEmpty();

        var banner = DocumentLoader.FromText("banner", "Harbor board delays dredging\n\nCopyright 2026 The Coast Courier. All rights reserved.\n\n" + prose);
        Checker.Check([.. Story(2), banner]).Documents.Single(d => d.Id == "banner").DroppedLines.Should().BeGreaterThan(0, "a short footer is still chrome");
    }

    [Test]
    public async Task Run_ArticleThatLosesAllItsText_IsWarnedInEveryFormat()
    {
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        foreach (var name in new[] { "ledger.txt", "beacon.txt", "coastline.txt" })
        {
            File.Copy(Sample(name), Path.Combine(story, name));
        }

        await File.WriteAllTextAsync(Path.Combine(story, "chrome.txt"), "Outlet: Nowhere News\n\nSign up for our newsletter.\nWe use cookies to improve your experience.\nAll rights reserved.\n");
        var (md, html, json) = (Path.Combine(_dir, "r.md"), Path.Combine(_dir, "r.html"), Path.Combine(_dir, "r.json"));
        var (code, output, error) = await Run(story, "--markdown", md, "--html", html, "--json", json);
        code.Should().Be(Cli.Ok, error);
        output.Should().Contain("warning: Nowhere News: no article text left");
        error.Should().Contain("factcheck: warning: ").And.Contain("chrome.txt").And.Contain("no article text left");
        (await File.ReadAllTextAsync(md)).Should().Contain("## Warnings").And.Contain("Nowhere News: no article text left");
        (await File.ReadAllTextAsync(html)).Should().Contain("id=\"warnings\"").And.Contain("Nowhere News: no article text left");
        using var parsed = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var docs = parsed.RootElement.GetProperty("documents").EnumerateArray().ToList();
        docs.Single(d => d.GetProperty("id").GetString() == "chrome").GetProperty("warnings")[0].GetString().Should().StartWith("no article text left");
        docs.Where(d => d.GetProperty("id").GetString() != "chrome").Count(d => d.TryGetProperty("warnings", out var _)).Should().Be(0, "the field is additive: absent when empty");
    }

    // ---- 12. cancellation has its own exit code ----

    [Test]
    public async Task Run_Cancelled_ExitsWithInterruptCodeSayingCancelled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.RunAsync([Sample("ledger.txt"), Sample("beacon.txt")], output, error, RepoPaths.SampleDirectory, cancellationToken: cts.Token);
        code.Should().Be(Cli.Interrupted);
        error.ToString().Trim().Should().Be("factcheck: cancelled");
    }

    [TestCase("TERM", 143)]
    [TestCase("INT", 130)]
    public async Task Process_Signal_ExitsWithTheShellCodeSayingCancelled(string signal, int expected)
    {
        LinuxOnly();
        // Enough articles that the check is still running when the signal comes.
        var story = Path.Combine(_dir, "story");
        Directory.CreateDirectory(story);
        foreach (var d in StoryGenerator.StoryGenerator.Generate(400, 7).Documents)
        {
            await File.WriteAllTextAsync(Path.Combine(story, d.Id + ".txt"), d.Text);
        }

        var demo = Path.Combine(AppContext.BaseDirectory, "FactCheck.Demo.dll");
        var psi = new ProcessStartInfo("dotnet", [demo, story]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        if (process.HasExited)
        {
            Assert.Inconclusive("The check finished before the signal could be sent.");
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(guard.Token);
        await stdout;
        process.ExitCode.Should().Be(expected);
        (await stderr).Should().Contain("factcheck: cancelled");
    }

    private static async Task<(int Code, string Error)> Shell(string command, TimeSpan bound)
    {
        var psi = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(psi)!;
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(bound);
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await error);
    }
}
