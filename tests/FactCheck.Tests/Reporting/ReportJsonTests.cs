using System.Text;
using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Tests.Reporting;

public class ReportJsonTests
{
    private static JsonElement Root(out JsonDocument doc)
    {
        doc = JsonDocument.Parse(HandBuiltReports.Build().ToJson());
        return doc.RootElement;
    }

    private static string[] Names(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    [Test]
    public void ToJson_TopLevel_HasContractFieldsWithSchemaVersionFirst()
    {
        var root = Root(out var doc);
        using (doc)
        {
            Names(root).Should().Equal("schemaVersion", "documents", "entities", "facts", "findings", "stances");
            root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        }
    }

    [Test]
    public void ToJson_EveryObject_HasTheContractFieldNames()
    {
        var root = Root(out var doc);
        using (doc)
        {
            var d = root.GetProperty("documents")[0];
            Names(d).Should().StartWith(["id", "outlet", "published", "publishedBasis", "publishedDoubted", "timeExpressions"]);
            Names(d.GetProperty("timeExpressions")[0]).Should().Equal("text", "start", "end", "value", "type");

            var e = root.GetProperty("entities")[0];
            Names(e).Should().StartWith(["id", "type", "name", "variants", "mentions", "roles"]);
            Names(e.GetProperty("mentions")[0]).Should().Equal("document", "text", "start", "end");
            Names(e.GetProperty("roles")[0]).Should().StartWith(["document", "text"]);

            var f = root.GetProperty("facts")[0];
            Names(f).Should().StartWith(["id", "frame", "summary", "status", "statedIn", "omittedBy", "evidence"]);

            var finding = root.GetProperty("findings")[0];
            Names(finding).Should().Equal("id", "kind", "severity", "confidence", "summary", "entities", "evidence", "rule");
            Names(finding.GetProperty("evidence")[0]).Should().Equal("document", "text", "start", "end", "value");

            var s = root.GetProperty("stances")[0];
            Names(s).Should().StartWith(["entity", "demand", "document", "evidence"]);
            Names(s.GetProperty("evidence")).Should().Equal("document", "text", "start", "end", "value");
        }
    }

    [Test]
    public void ToJson_Enums_AreWrittenAsTheirSchemaStrings()
    {
        var root = Root(out var doc);
        using (doc)
        {
            root.GetProperty("documents")[0].GetProperty("publishedBasis").GetString().Should().Be("metadata");
            root.GetProperty("documents")[1].GetProperty("publishedBasis").GetString().Should().Be("none");
            root.GetProperty("entities")[0].GetProperty("type").GetString().Should().Be("person");
            root.GetProperty("facts")[0].GetProperty("status").GetString().Should().Be("contradicting");
            root.GetProperty("facts")[1].GetProperty("status").GetString().Should().Be("single-source");
            root.GetProperty("findings")[0].GetProperty("kind").GetString().Should().Be("date");
            root.GetProperty("findings")[0].GetProperty("severity").GetString().Should().Be("contradiction");
        }
    }

    [Test]
    public void ToJson_MissingDateAndValue_AreWrittenAsNull()
    {
        var root = Root(out var doc);
        using (doc)
        {
            root.GetProperty("documents")[1].GetProperty("published").ValueKind.Should().Be(JsonValueKind.Null);
            root.GetProperty("documents")[1].GetProperty("publishedDoubted").GetBoolean().Should().BeTrue();
            root.GetProperty("findings")[1].GetProperty("evidence")[0].GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        }
    }

    [Test]
    public void ToJson_DocumentText_IsNotPartOfTheContract()
    {
        var root = Root(out var doc);
        using (doc)
        {
            Names(root.GetProperty("documents")[0]).Should().NotContain("text");
        }
    }

    [Test]
    public void WriteJson_ToStream_WritesTheSameUtf8AsToJson()
    {
        var report = HandBuiltReports.Build();
        using var ms = new MemoryStream();
        report.WriteJson(ms);
        Encoding.UTF8.GetString(ms.ToArray()).Should().Be(report.ToJson());
    }

    [Test]
    public void ToJson_Offsets_IndexTheOriginalText()
    {
        var report = HandBuiltReports.Build();
        using var doc = JsonDocument.Parse(report.ToJson());
        var ev = doc.RootElement.GetProperty("findings")[0].GetProperty("evidence")[1];
        var start = ev.GetProperty("start").GetInt32();
        var end = ev.GetProperty("end").GetInt32();
        HandBuiltReports.HeraldText[start..end].Should().Be(ev.GetProperty("text").GetString());
    }

    [Test]
    public void ToJson_SampleInAnyOrder_IsByteIdentical()
    {
        var docs = SampleStoryReport.Documents();
        var forward = FactChecker.CreateDefault().Check(docs).ToJson();
        var backward = FactChecker.CreateDefault().Check(docs.Reverse()).ToJson();
        backward.Should().Be(forward);
    }

    [Test]
    public void ToJson_SampleStory_EveryEvidenceIndexesItsDocument()
    {
        var report = SampleStoryReport.Expected();
        var texts = SampleStoryReport.Documents().ToDictionary(d => d.Id, d => d.Text);
        using var doc = JsonDocument.Parse(report.ToJson());
        var evidence = doc.RootElement.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray())
            .Concat(doc.RootElement.GetProperty("facts").EnumerateArray().SelectMany(f => f.GetProperty("evidence").EnumerateArray()))
            .Concat(doc.RootElement.GetProperty("stances").EnumerateArray().Select(s => s.GetProperty("evidence")))
            .ToList();
        evidence.Should().NotBeEmpty();
        foreach (var e in evidence)
        {
            var text = texts[e.GetProperty("document").GetString()!];
            text[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()].Should().Be(e.GetProperty("text").GetString());
        }
    }
}
