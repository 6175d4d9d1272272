using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using FactCheck;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.PackageConsumer;

/// <summary>Runs a check through the public API of the packed FactCheck package only.</summary>
public class PublicApiTests
{
    private static readonly SourceDocument[] Articles =
    [
        new("north", "Outlet: North Gazette\nDate: 2030-05-02\n\nThe river ferry resumed service on Monday after a two-week repair, the operator said.")
        {
            Outlet = "North Gazette",
        },
        new("south", "The river ferry resumed service on Tuesday after repairs lasting two weeks, according to the operator.")
        {
            Outlet = "South Courier",
        },
    ];

    [Test]
    public void Check_TwoArticles_ReportsBothAndRendersEveryFormat()
    {
        var checker = new FactCheckerBuilder().Configure(o => o.MaxDegreeOfParallelism = 1).Build();
        var report = checker.Check(Articles);

        Assert.That(report.SchemaVersion, Is.EqualTo(ConsistencyReport.CurrentSchemaVersion));
        Assert.That(report.Documents.Select(d => d.Id), Is.EqualTo(new[] { "north", "south" }));

        using var json = JsonDocument.Parse(report.ToJson());
        Assert.That(json.RootElement.EnumerateObject().First().Name, Is.EqualTo("schemaVersion"));
        Assert.That(report.ToMarkdown(), Does.StartWith("# FactCheck report"));
        Assert.That(report.ToHtml(), Does.StartWith("<!DOCTYPE html>").And.Not.Contain("<script"));
    }

    [Test]
    public async Task AddFactCheck_FromTheContainer_ChecksAsynchronously()
    {
        using var provider = new ServiceCollection().AddFactCheck().BuildServiceProvider();
        var report = await provider.GetRequiredService<FactChecker>().CheckAsync(Articles);
        Assert.That(report.Documents, Has.Count.EqualTo(2));
    }

    [Test]
    public void Check_NoArticles_ThrowsTheDocumentedInputException()
    {
        Assert.Throws<FactCheckInputException>(() => FactChecker.CreateDefault().Check([]));
    }

    [Test]
    public void Package_IsAnOptimizedBuildWithXmlDocs()
    {
        var assembly = typeof(FactChecker).Assembly;
        var debuggable = assembly.GetCustomAttribute<DebuggableAttribute>();
        Assert.That(debuggable?.IsJITOptimizerDisabled ?? false, Is.False, "the package holds the Release build, not a project reference's Debug build");
        // CopyDocumentationFilesFromPackages copies the package's XML docs beside the assembly.
        Assert.That(File.Exists(Path.ChangeExtension(assembly.Location, ".xml")), Is.True, assembly.Location);
    }
}
