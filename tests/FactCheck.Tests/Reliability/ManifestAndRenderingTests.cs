using System.Text.Json;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using static FactCheck.Tests.Reliability.ReportInvariants;

namespace FactCheck.Tests.Reliability;

/// <summary>Issue 8: a manifest cannot reach outside its folder; rendering survives hostile article text.</summary>
public class ManifestAndRenderingTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _root = Path.Combine(Path.GetTempPath(), "factcheck-reliability-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "story"));
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "Outside the story folder.");
        File.WriteAllText(Path.Combine(_root, "story", "a.txt"), "Secretary Marta Varga met the envoy on March 3.");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [TestCase("../secret.txt")]
    [TestCase("sub/../../secret.txt")]
    public void FromManifest_PathOutsideItsFolder_ThrowsNamingTheEntry(string path)
    {
        var manifest = Write(new { id = "b", path });
        var act = () => DocumentLoader.FromManifest(manifest);
        act.Should().Throw<FactCheckInputException>().Which.Path.Should().Be(manifest);
        act.Should().Throw<FactCheckInputException>().Which.Message.Should().Contain("'b'");
    }

    [Test]
    public void FromManifest_AbsolutePath_ThrowsNamingTheEntry()
    {
        var manifest = Write(new { id = "b", path = Path.Combine(_root, "secret.txt") });
        var act = () => DocumentLoader.FromManifest(manifest);
        act.Should().Throw<FactCheckInputException>().Which.Message.Should().Contain("'b'");
    }

    [Test]
    public void FromManifest_MissingFile_ThrowsNamingTheFile()
    {
        var manifest = Write(new { id = "b", path = "nowhere.txt" });
        var act = () => DocumentLoader.FromManifest(manifest);
        act.Should().Throw<FactCheckInputException>().Which.Message.Should().Contain("nowhere.txt");
    }

    [Test]
    public void FromManifest_InsideItsFolder_Loads()
    {
        var manifest = Write(new { id = "a", path = "a.txt" });
        DocumentLoader.FromManifest(manifest).Should().ContainSingle().Which.Text.Should().Contain("Marta Varga");
    }

    [Test]
    public void Renderers_LoneSurrogatesAndMarkup_RenderWithoutThrowingAndEncodeHtml()
    {
        var a = DocumentLoader.FromText("a", "Title: <script>alert(1)</script>\n\nSecretary Marta Varga\uD800 met the envoy on March 3. \u201C<b>No</b> comment\uDC00,\u201D Varga said.");
        var b = DocumentLoader.FromText("b", "Secretary Marta Vagra met the envoy on March 4. \u201C<b>No</b> comment,\u201D Varga said. <img src=x onerror=alert(1)>");
        var report = FactChecker.CreateDefault().Check([a, b]);
        AssertOffsetsIndexOriginal(report, [a, b]);
        var json = report.ToJson();
        JsonDocument.Parse(json).RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        report.ToMarkdown().Should().NotBeNull();
        var html = report.ToHtml();
        html.Should().NotContain("<script>alert(1)").And.NotContain("<img src=x");
    }

    private string Write(object entry)
    {
        var path = Path.Combine(_root, "story", "manifest.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new[] { entry }));
        return path;
    }
}
