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
    private static readonly string[] SeverityNames = ["note", "difference", "contradiction"];

    /// <summary>
    /// Runs the command line; output and error are the console unless a test passes writers. On the console, SIGINT
    /// and SIGTERM cancel the check (exit 130 and 143); <paramref name="cancellationToken"/> does the same (exit 130).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, string? sampleDirectory = null, TextReader? input = null, CancellationToken cancellationToken = default)
    {
        var console = output is null;
        output ??= Console.Out;
        error ??= Console.Error;
        input ??= console ? Console.In : null;

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
        var failOn = new Option<string>("--fail-on") { Description = "Exit with code 1 when the report shows a finding of at least this severity (findings left out by --min-severity do not count); the reason goes to standard error." };
        failOn.AcceptOnlyFromAmong(SeverityNames);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no summary on standard output; reports, warnings and errors are still written." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Read the *.txt files of subfolders too; ids are paths below the folder (a/article, b/article)." };
        var strict = new Option<bool>("--strict") { Description = "Stop with exit code 2 at the first unusable file, instead of skipping it with a warning." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log the pipeline's progress (debug level) to standard error." };

        var root = new RootCommand("Checks several news articles about one story and reports where the outlets agree, differ or contradict each other.")
        {
            paths, json, markdown, html, minSeverity, failOn, quiet, recursive, strict, verbose,
        };
        AddHelpEpilog(root);

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
                parse.GetValue(verbose))
            {
                Quiet = parse.GetValue(quiet),
                Recursive = parse.GetValue(recursive),
                Strict = parse.GetValue(strict),
            };
            try
            {
                return await ExecuteAsync(request, output, error, input, console, sampleDirectory, cancel.Token).ConfigureAwait(false);
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

    private static async Task<int> ExecuteAsync(Request request, TextWriter output, TextWriter error, TextReader? input, bool console, string? sampleDirectory, CancellationToken cancellationToken)
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
            var warnings = new List<string>();
            var options = new InputOptions(request.Recursive, request.Strict, input, warnings.Add);
            try
            {
                docs = InputReader.Read(paths, options, loggerFactory.CreateLogger("FactCheck.Demo"), reports);
            }
            finally
            {
                foreach (var warning in warnings)
                {
                    await error.WriteLineAsync("factcheck: " + OneLine(warning)).ConfigureAwait(false);
                }
            }

            if (docs.Count < 2)
            {
                var skipped = warnings.Count > 0 ? $" after skipping {warnings.Count} unusable" : string.Empty;
                throw new FactCheckInputException($"{string.Join(", ", paths)}: fewer than two articles (found {docs.Count}{skipped}); a check needs at least two.");
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

        if (toStdout == 0 && !request.Quiet)
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

        if (request.FailOn is { } threshold && FailOnReason(shown, threshold) is { } reason)
        {
            await error.WriteLineAsync("factcheck: " + reason).ConfigureAwait(false);
            return FailOnMet;
        }

        return Ok;
    }

    /// <summary>
    /// Why <c>--fail-on</c> fires, or null when it does not: it counts the findings the report shows, so with
    /// <c>--min-severity</c> above the threshold only the shown (more severe) findings can fail the run.
    /// </summary>
    internal static string? FailOnReason(ConsistencyReport shown, Severity threshold)
    {
        var met = shown.Findings.Where(f => f.Severity >= threshold).ToList();
        if (met.Count == 0)
        {
            return null;
        }

        var bySeverity = string.Join(", ", met.GroupBy(f => f.Severity).OrderByDescending(g => g.Key)
            .Select(g => SummaryPrinter.Plural(g.Count(), SeverityName(g.Key))));
        return string.Create(CultureInfo.InvariantCulture, $"--fail-on {SeverityName(threshold)}: the report shows {SummaryPrinter.Plural(met.Count, "finding")} at or above {SeverityName(threshold)} ({bySeverity}); exit code 1.");
    }

    private static string SeverityName(Severity s) => SeverityNames[(int)s];

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

    /// <summary>Written after the options by <c>--help</c>: exit codes, inputs and the manifest format.</summary>
    internal const string HelpEpilog = """
        Inputs:
          A PATH is an article file (*.txt, UTF-8), a folder of them, a JSON manifest (*.json), or - for one
          article read from standard input (id 'stdin'). An article may start with header lines
          (Outlet:, Date:, URL:, Title:) and a blank line; without them the outlet and title are inferred from
          the text. An unusable file is skipped with a warning on standard error, unless --strict.

        Manifest (a JSON array; one object per article; 'text' or 'path', not both):
          [
            { "id": "north", "outlet": "North Gazette", "published": "2030-05-02",
              "url": "https://example.org/a", "title": "Ferry back", "path": "north.txt" },
            { "id": "south", "outlet": "South Courier", "text": "The ferry resumed ..." }
          ]
          'path' is relative to the manifest's folder and must stay inside it; 'published' is yyyy-MM-dd.

        --fail-on and --min-severity:
          --fail-on counts only the findings the report shows: with --min-severity contradiction --fail-on note,
          only a contradiction fails the run. When it fires, one line on standard error says why.

        Exit codes:
          0    done (whatever was found, unless --fail-on fired)
          1    --fail-on met: the report shows a finding of at least that severity
          2    bad input or usage: unknown option, a path that does not exist, fewer than two usable
               articles, an unusable file with --strict, a report file that is also an input or cannot be
               written
          130  cancelled (Ctrl+C, SIGINT)
          143  terminated (SIGTERM)
        """;

    private static void AddHelpEpilog(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is System.CommandLine.Help.HelpOption { Action: System.CommandLine.Help.HelpAction help } helpOption)
            {
                helpOption.Action = new HelpWithEpilog(help);
            }
        }
    }

    /// <summary>The standard help, then <see cref="HelpEpilog"/>.</summary>
    private sealed class HelpWithEpilog(System.CommandLine.Help.HelpAction standard) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.Write(HelpEpilog.ReplaceLineEndings(Environment.NewLine));
            output.WriteLine();
            return code;
        }
    }

    private sealed record Request(
        IReadOnlyList<string> Paths, string? Json, string? Markdown, string? Html, Severity MinSeverity, Severity? FailOn, bool Verbose)
    {
        public bool Quiet { get; init; }

        public bool Recursive { get; init; }

        public bool Strict { get; init; }
    }
}
