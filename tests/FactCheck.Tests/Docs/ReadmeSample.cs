// The README's "Use it as a library" sample, line for line between the markers (ReadmeTests checks). In the README
// it is a Program.cs of top-level statements; here the same lines are the body of Run, whose parameter is args.
// README:usings
using FactCheck;
using FactCheck.Ingestion;
using FactCheck.Reporting;
// README:end

namespace FactCheck.Tests.Docs;

internal static class ReadmeSample
{
    public static void Run(string[] args)
    {
        // README:body
        var checker = new FactCheckerBuilder().Build();             // immutable, thread-safe
        var report = checker.Check(DocumentLoader.FromDirectory(args[0]));
        foreach (var f in report.Findings) Console.WriteLine($"{f.Severity} {f.Kind}: {f.Summary}");
        File.WriteAllText("report.html", report.ToHtml());          // also ToJson(), ToMarkdown()
        // README:end
    }
}
