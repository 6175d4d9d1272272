using System.Text.RegularExpressions;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Docs;

/// <summary>docs/getting-started.md shows GettingStartedSample.cs verbatim; this keeps the two identical and the sample working.</summary>
public class GettingStartedTests
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Root, "tests", "FactCheck.Tests", "Docs", "GettingStartedSample.cs");

    [Test]
    public void GettingStarted_CodeBlock_IsTheCompiledSampleVerbatim()
    {
        var doc = File.ReadAllText(RepoPaths.Docs("getting-started.md")).ReplaceLineEndings("\n");
        var blocks = Regex.Matches(doc, "```csharp\n(.*?)```", RegexOptions.Singleline);
        blocks.Should().HaveCount(1, "the page has exactly one C# sample, the compiled one");
        blocks[0].Groups[1].Value.Should().Be(File.ReadAllText(SamplePath).ReplaceLineEndings("\n"));
    }

    [Test]
    public async Task GettingStarted_Sample_RunsAndWritesTheThreeReports()
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-doc-").FullName;
        try
        {
            using var output = new StringWriter();
            var report = await MyNewsroom.StoryCheck.RunAsync(output, folder);
            report.Documents.Select(d => d.Outlet).Should().Equal("North Gazette", "South Courier");
            Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo(["report.json", "report.md", "report.html"]);
            MyNewsroom.StoryCheck.FromContainer().Check([new("a", "One text."), new("b", "Another text.")]).Documents.Should().HaveCount(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
