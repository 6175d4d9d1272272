using FactCheck;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MyNewsroom;

public static class StoryCheck
{
    public static async Task<ConsistencyReport> RunAsync(TextWriter output, string reportFolder, CancellationToken cancellationToken = default)
    {
        // Build once and share: the checker is immutable and thread-safe. Every stage has a default
        // and can be replaced through its interface (UseSentenceSplitter, UseConflictDetector, ...).
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning));
        var checker = new FactCheckerBuilder()
            .Configure(o => o.MaxDocumentLength = 1_000_000)
            .UseLoggerFactory(loggerFactory)
            .Build();

        // One SourceDocument per article. Ids must be unique; every offset in the report indexes Text.
        SourceDocument[] articles =
        [
            new("north", "The river ferry resumed service on Monday after a two-week repair, the operator said.")
            {
                Outlet = "North Gazette",
                Published = new DateOnly(2030, 5, 2),
                PublishedBasis = PublishedBasis.Metadata,
            },
            new("south", "The river ferry resumed service on Tuesday after repairs lasting two weeks, according to the operator.")
            {
                Outlet = "South Courier",
            },
        ];

        var report = await checker.CheckAsync(articles, cancellationToken);

        // Findings come most severe first, each with evidence from every side.
        foreach (var finding in report.Findings)
        {
            await output.WriteLineAsync($"{finding.Severity} {finding.Kind}: {finding.Summary}");
            foreach (var evidence in finding.Evidence)
            {
                await output.WriteLineAsync($"    {evidence.Document} [{evidence.Start}..{evidence.End}) \"{evidence.Text}\"");
            }
        }

        // Render: JSON (the contract in docs/report-schema.md), Markdown, or one self-contained HTML page.
        await File.WriteAllTextAsync(Path.Combine(reportFolder, "report.json"), report.ToJson(), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(reportFolder, "report.md"), report.ToMarkdown(), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(reportFolder, "report.html"), report.ToHtml(), cancellationToken);
        return report;
    }

    // In an application with a container, register the checker once and inject FactChecker where needed.
    public static FactChecker FromContainer()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddFactCheck(builder => builder.Configure(o => o.MaxDegreeOfParallelism = 2));
        return services.BuildServiceProvider().GetRequiredService<FactChecker>();
    }
}
