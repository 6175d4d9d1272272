using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Demo;

/// <summary>
/// The <c>factcheck</c> command line. Exit codes: 0 done, 1 <c>--fail-on</c> met, 2 bad input or usage,
/// 130 interrupted (Ctrl+C, SIGINT), 143 terminated (SIGTERM).
/// </summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int FailOnMet = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;
    public const int Terminated = 143;

    /// <summary>Exit codes as shown by --help and the README.</summary>
    internal const string ExitCodesHelp =
        "Exit codes: 0 done; 1 a finding met --fail-on; 2 bad input or usage; 130 interrupted (Ctrl+C); 143 terminated (SIGTERM).";

    private static readonly string[] SeverityNames = ["note", "difference", "contradiction"];

    /// <summary>
    /// Runs the command line; output and error are the console unless a test passes writers. On the console, SIGINT
    /// and SIGTERM cancel the check (exit 130 and 143); <paramref name="cancellationToken"/> does the same (exit 130).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, string? sampleDirectory = null, CancellationToken cancellationToken = default)
    {
        var console = output is null;
        output ??= Console.Out;
        error ??= Console.Error;

        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files, folders of *.txt files, or JSON manifests. Default: the bundled sample story.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<string>("--json") { Description = "Write the JSON report (docs/report-schema.md) to FILE, or - for standard output.", HelpName = "FILE|-" };
        var markdown = new Option<string>("--markdown") { Description = "Write a Markdown report to FILE, or - for standard output.", HelpName = "FILE|-" };
        var html = new Option<string>("--html") { Description = "Write a self-contained HTML report to FILE, or - for standard output.", HelpName = "FILE|-" };
        var minSeverity = new Option<string>("--min-severity") { Description = "Leave out findings below this severity.", DefaultValueFactory = _ => "note" };
        minSeverity.AcceptOnlyFromAmong(SeverityNames);
        var failOn = new Option<string>("--fail-on") { Description = "Exit with code 1 when a finding of at least this severity is found." };
        failOn.AcceptOnlyFromAmong(SeverityNames);
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log the pipeline's progress (debug level) to standard error." };

        var root = new RootCommand("Checks several news articles about one story and reports where the outlets agree, differ or contradict each other. " + ExitCodesHelp)
        {
            paths, json, markdown, html, minSeverity, failOn, verbose,
        };

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = Interrupted;
        var registrations = new List<PosixSignalRegistration>();
        if (console)
        {
            // Our own handlers (System.CommandLine's are turned off below): cancel the check, remember which signal.
            foreach (var (posix, code) in new[] { (PosixSignal.SIGINT, Interrupted), (PosixSignal.SIGTERM, Terminated) })
            {
                registrations.Add(PosixSignalRegistration.Create(posix, context =>
                {
                    context.Cancel = true;
                    signal = code;
                    cancel.Cancel();
                }));
            }
        }

        root.SetAction(async (parse, _) =>
        {
            var request = new Request(
                parse.GetValue(paths) ?? [],
                parse.GetValue(json),
                parse.GetValue(markdown),
                parse.GetValue(html),
                ParseSeverity(parse.GetValue(minSeverity)) ?? Severity.Note,
                ParseSeverity(parse.GetValue(failOn)),
                parse.GetValue(verbose));
            try
            {
                return await ExecuteAsync(request, output, error, console, sampleDirectory, cancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                await error.WriteLineAsync("factcheck: cancelled").ConfigureAwait(false);
                return signal;
            }
        });

        try
        {
            // '@file' arguments are article paths, never response files: a file named '@x.txt' must not inject options.
            var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            return await ReportOrInvokeAsync(result, output, error).ConfigureAwait(false);
        }
        finally
        {
            foreach (var r in registrations)
            {
                r.Dispose();
            }
        }
    }

    private static async Task<int> ReportOrInvokeAsync(ParseResult result, TextWriter output, TextWriter error)
    {
        if (result.Errors.Count > 0)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync("factcheck: " + OneLine(e.Message)).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Try 'factcheck --help'.").ConfigureAwait(false);
            return BadInput;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }).ConfigureAwait(false);
    }

    private static async Task<int> ExecuteAsync(Request request, TextWriter output, TextWriter error, bool console, string? sampleDirectory, CancellationToken cancellationToken)
    {
        var toStdout = new[] { request.Json, request.Markdown, request.Html }.Count(t => t == "-");
        if (toStdout > 1)
        {
            await error.WriteLineAsync("factcheck: only one report can be written to standard output (-).").ConfigureAwait(false);
            return BadInput;
        }

        var paths = request.Paths;
        if (paths.Count == 0)
        {
            var sample = sampleDirectory ?? Path.Combine(AppContext.BaseDirectory, "Sample");
            paths = [sample];
        }

        using var loggerFactory = request.Verbose
            ? LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            : NullLoggerFactory.Instance;

        ConsistencyReport report;
        IReadOnlyList<SourceDocument> docs;
        try
        {
            var reports = ReportFiles(request, console);
            docs = InputReader.Read(paths, loggerFactory.CreateLogger("FactCheck.Demo"), reports);
            if (docs.Count < 2)
            {
                throw new FactCheckInputException($"{string.Join(", ", paths)}: fewer than two articles (found {docs.Count}); a check needs at least two.");
            }

            var checker = new FactCheckerBuilder().UseLoggerFactory(loggerFactory).Build();
            report = await WithProgressAsync(checker.CheckAsync(docs, cancellationToken), docs.Count, error, console && !Console.IsErrorRedirected).ConfigureAwait(false);
        }
        catch (FactCheckInputException ex)
        {
            await error.WriteLineAsync("factcheck: " + OneLine(ex.Message)).ConfigureAwait(false);
            return BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var empty = report.Documents.Where(d => d.KeptLines == 0).Select(d => PathOf(docs, d.Id)).ToList();
        if (report.Documents.Count - empty.Count < 2)
        {
            await error.WriteLineAsync($"factcheck: {string.Join(", ", empty)}: no article text left after removing site chrome; fewer than two articles remain.").ConfigureAwait(false);
            return BadInput;
        }

        foreach (var d in report.Documents.Where(d => d.Warnings.Count > 0))
        {
            foreach (var w in d.Warnings)
            {
                await error.WriteLineAsync("factcheck: warning: " + OneLine(PathOf(docs, d.Id) + ": " + w)).ConfigureAwait(false);
            }
        }

        var shown = report with { Findings = [.. report.Findings.Where(f => f.Severity >= request.MinSeverity)] };
        try
        {
            await WriteAsync(request.Json, shown.ToJson, output).ConfigureAwait(false);
            await WriteAsync(request.Markdown, shown.ToMarkdown, output).ConfigureAwait(false);
            await WriteAsync(request.Html, shown.ToHtml, output).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("factcheck: cannot write the report: " + OneLine(ex.Message)).ConfigureAwait(false);
            return BadInput;
        }

        if (toStdout == 0)
        {
            var style = console && ConsoleStyle.ColourAllowed() ? ConsoleStyle.Colour : ConsoleStyle.Plain;
            SummaryPrinter.Print(shown, output, style);
            foreach (var (path, what) in new[] { (request.Json, "JSON"), (request.Markdown, "Markdown"), (request.Html, "HTML") })
            {
                if (path is not null)
                {
                    await output.WriteLineAsync($"Wrote the {what} report to {SummaryPrinter.S(path)}").ConfigureAwait(false);
                }
            }
        }

        return request.FailOn is { } threshold && report.Findings.Any(f => f.Severity >= threshold) ? FailOnMet : Ok;
    }

    private static async Task WriteAsync(string? target, Func<string> render, TextWriter output)
    {
        if (target is null)
        {
            return;
        }

        var text = render();
        if (target == "-")
        {
            await output.WriteAsync(text).ConfigureAwait(false);
            if (!text.EndsWith('\n'))
            {
                await output.WriteLineAsync().ConfigureAwait(false);
            }

            return;
        }

        await File.WriteAllTextAsync(target, text, new UTF8Encoding(false)).ConfigureAwait(false);
    }

    /// <summary>
    /// Shows a spinner on standard error once the check has taken longer than <paramref name="after"/> (a second by
    /// default), and only when <paramref name="interactive"/> (stderr is a terminal); the line is wiped at the end.
    /// </summary>
    internal static async Task<T> WithProgressAsync<T>(Task<T> work, int documents, TextWriter error, bool interactive, TimeSpan? after = null)
    {
        if (!interactive)
        {
            return await work.ConfigureAwait(false);
        }

        var threshold = after ?? TimeSpan.FromSeconds(1);

        var watch = Stopwatch.StartNew();
        var frames = "|/-\\";
        var shown = false;
        var frame = 0;
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(120)).ConfigureAwait(false);
            if (!work.IsCompleted && watch.Elapsed > threshold)
            {
                shown = true;
                await error.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"\r{frames[frame++ % frames.Length]} checking {documents} articles… {watch.Elapsed.TotalSeconds:0.0}s ")).ConfigureAwait(false);
            }
        }

        if (shown)
        {
            await error.WriteAsync("\r" + new string(' ', 48) + "\r").ConfigureAwait(false);
        }

        return await work.ConfigureAwait(false);
    }

    private static Severity? ParseSeverity(string? name) => name switch
    {
        "note" => Severity.Note,
        "difference" => Severity.Difference,
        "contradiction" => Severity.Contradiction,
        _ => null,
    };

    private static string PathOf(IReadOnlyList<SourceDocument> docs, string id) =>
        docs.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal))?.SourcePath ?? id;

    /// <summary>A message on one line, with any control character from the input shown as an escape.</summary>
    internal static string OneLine(string message) =>
        TerminalText.Escape(string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>
    /// The files this run writes, as real paths (links followed), with the report each holds: the --json, --markdown
    /// and --html files, and on Linux the files standard output and error are redirected to (<c>factcheck . &gt; out.txt</c>).
    /// None of them is ever read as an input.
    /// </summary>
    private static Dictionary<string, string> ReportFiles(Request request, bool console)
    {
        var files = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (path, what) in new[] { (request.Json, "--json"), (request.Markdown, "--markdown"), (request.Html, "--html") })
        {
            if (path is not null && path != "-" && DocumentLoader.ResolveLinksOrNull(path) is { } real)
            {
                files.TryAdd(real, what + " report");
            }
        }

        if (console && OperatingSystem.IsLinux())
        {
            foreach (var (fd, what) in new[] { (1, "standard output"), (2, "standard error") })
            {
                try
                {
                    if (new FileInfo(string.Create(CultureInfo.InvariantCulture, $"/proc/self/fd/{fd}")).LinkTarget is { } target && Path.IsPathRooted(target)
                        && File.Exists(target) && DocumentLoader.ResolveLinksOrNull(target) is { } real)
                    {
                        files.TryAdd(real, what);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Not knowable here; the report files above are still kept out.
                }
            }
        }

        return files;
    }

    private sealed record Request(
        IReadOnlyList<string> Paths, string? Json, string? Markdown, string? Html, Severity MinSeverity, Severity? FailOn, bool Verbose);
}
