using System.Text.RegularExpressions;
using FactCheck.Tests.Rules;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Docs;

/// <summary>docs/ARCHITECTURE.md shows RegistrySample.cs verbatim as the worked example of a new comparer; this keeps the two identical and runs the sample's own examples.</summary>
public class RegistryDocTests
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Root, "tests", "FactCheck.Tests", "Docs", "RegistrySample.cs");

    [Test]
    public void Architecture_ComparerExample_IsTheCompiledSampleVerbatim()
    {
        var doc = File.ReadAllText(RepoPaths.Docs("ARCHITECTURE.md")).ReplaceLineEndings("\n");
        var blocks = Regex.Matches(doc, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
        blocks.Should().Contain(File.ReadAllText(SamplePath).ReplaceLineEndings("\n"));
    }

    [Test]
    public void RegistrySample_Comparer_FiresOnItsPositiveExampleOnly()
    {
        var checker = MyNewsroom.RegistrySample.Build();
        foreach (var example in new MyNewsroom.ContactCountCoverage().Examples)
        {
            var rules = checker.Check(ComparerExampleTests.Documents(example.Text)).Findings.Select(f => f.Rule);
            if (example.Fires)
            {
                rules.Should().Contain("contact-count-coverage", example.Text);
            }
            else
            {
                rules.Should().NotContain("contact-count-coverage", example.Text);
            }
        }
    }
}
