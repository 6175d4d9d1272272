using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Demo;

/// <summary>The <c>factcheck</c> command line. Exit codes: 0 done, 1 <c>--fail-on</c> met, 2 bad input or usage.</summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int FailOnMet = 1;
    public const int BadInput = 2;

    private static readonly string[] SeverityNames = ["note", "difference", "contradiction"];

    /// <summary>Runs the command line; output and error are the console unless a test passes writers.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, string? sampleDirectory = null)
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

        var root = new RootCommand("Checks several news articles about one story and reports where the outlets agree, differ or contradict each other.")
        {
            paths, json, markdown, html, minSeverity, failOn, verbose,
        };

        root.SetAction(async (parse, cancellationToken) =>
        {
            var request = new Request(
                parse.GetValue(paths) ?? [],
                parse.GetValue(json),
                parse.GetValue(markdown),
                parse.GetValue(html),
                ParseSeverity(parse.GetValue(minSeverity)) ?? Severity.Note,
                ParseSeverity(parse.GetValue(failOn)),
                parse.GetValue(verbose));
            return await ExecuteAsync(request, output, error, console, sampleDirectory, cancellationToken).ConfigureAwait(false);
        });

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync("factcheck: " + OneLine(e.Message)).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Try 'factcheck --help'.").ConfigureAwait(false);
            return BadInput;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
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
            docs = InputReader.Read(paths, loggerFactory.CreateLogger("FactCheck.Demo"));
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

        var empty = report.Documents.Where(d => d.KeptLines == 0).Select(d => PathOf(docs, d.Id)).ToList();
        if (report.Documents.Count - empty.Count < 2)
        {
            await error.WriteLineAsync($"factcheck: {string.Join(", ", empty)}: no article text left after removing site chrome; fewer than two articles remain.").ConfigureAwait(false);
            return BadInput;
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
                    await output.WriteLineAsync($"Wrote the {what} report to {path}").ConfigureAwait(false);
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

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed record Request(
        IReadOnlyList<string> Paths, string? Json, string? Markdown, string? Html, Severity MinSeverity, Severity? FailOn, bool Verbose);
}
