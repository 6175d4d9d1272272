using System.Text.RegularExpressions;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Docs;

/// <summary>The README's C# sample is ReadmeSample.cs line for line, and it runs.</summary>
[NonParallelizable]
public class ReadmeTests
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Root, "tests", "FactCheck.Tests", "Docs", "ReadmeSample.cs");

    [Test]
    public void Readme_CodeBlock_IsTheCompiledSampleLineForLine()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var blocks = Regex.Matches(readme, "```csharp\n(.*?)```", RegexOptions.Singleline);
        blocks.Should().HaveCount(1, "the README has exactly one C# sample, the compiled one");

        var sample = File.ReadAllText(SamplePath).ReplaceLineEndings("\n");
        string Between(string marker) =>
            Regex.Match(sample, "// README:" + marker + "\n(.*?)[ ]*// README:end", RegexOptions.Singleline).Groups[1].Value;
        var body = string.Join("\n", Between("body").Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        blocks[0].Groups[1].Value.Should().Be(Between("usings") + "\n" + body);
    }

    [Test]
    public void Readme_Sample_ChecksAFolderPrintsFindingsAndWritesTheHtml()
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-readme-").FullName;
        var (cwd, stdout) = (Environment.CurrentDirectory, Console.Out);
        using var output = new StringWriter();
        try
        {
            Environment.CurrentDirectory = folder;
            Console.SetOut(output);
            ReadmeSample.Run([RepoPaths.SampleDirectory]);
        }
        finally
        {
            Console.SetOut(stdout);
            Environment.CurrentDirectory = cwd;
        }

        var expected = FactChecker.CreateDefault().Check(FactCheck.Ingestion.DocumentLoader.FromDirectory(RepoPaths.SampleDirectory));
        expected.Findings.Should().NotBeEmpty();
        output.ToString().ReplaceLineEndings("\n").Should().Be(string.Concat(expected.Findings.Select(f => $"{f.Severity} {f.Kind}: {f.Summary}\n")));
        File.ReadAllText(Path.Combine(folder, "report.html")).Should().StartWith("<!DOCTYPE html>");
        Directory.Delete(folder, recursive: true);
    }
}
