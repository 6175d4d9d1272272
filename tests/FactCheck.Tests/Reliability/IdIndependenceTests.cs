using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;
using static FactCheck.Tests.Reliability.ReportInvariants;

namespace FactCheck.Tests.Reliability;

/// <summary>
/// Issue 17, item 11: the same articles under other file names (another id mapping) and in another input order give
/// the same report once the ids are mapped back: the same facts, the same agreed/single-source split, the same
/// findings citing the same evidence. Ids are names, never evidence, so no decision may be broken by them.
/// </summary>
[NonParallelizable]
public partial class IdIndependenceTests
{
    private static readonly FactChecker Checker = FactChecker.CreateDefault();

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("factcheck-ids-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Check_SeedsUnderTwoIdMappingsAndOrders_GiveTheSameReport()
    {
        Seeds.RequireAvailable();
        AssertSameReportUnderRenaming(Directory.GetFiles(Seeds.Directory, "*.txt").Order(StringComparer.Ordinal).ToArray());
    }

    [Test]
    public void Check_SampleUnderTwoIdMappingsAndOrders_GiveTheSameReport() =>
        AssertSameReportUnderRenaming(Directory.GetFiles(RepoPaths.SampleDirectory, "*.txt").Order(StringComparer.Ordinal).ToArray());

    [Test]
    public void Check_GeneratedStoryUnderTwoIdMappings_GiveTheSameReport()
    {
        var docs = StoryGenerator.StoryGenerator.Generate(6, 11).Documents;
        var files = docs.Select((d, i) =>
        {
            var path = Path.Combine(_dir, "gen", $"g{i}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var header = (d.Outlet is { } o ? $"Outlet: {o}\n" : string.Empty) + (d.Published is { } p ? $"Date: {p:yyyy-MM-dd}\n" : string.Empty);
            File.WriteAllText(path, header + "\n" + d.Text);
            return path;
        }).ToArray();
        AssertSameReportUnderRenaming(files);
    }

    /// <summary>
    /// Copies <paramref name="files"/> twice under different names (mapping A keeps their order, mapping B gives ids that
    /// sort in another order), checks both with the inputs in different orders, maps the ids back and compares.
    /// </summary>
    private void AssertSameReportUnderRenaming(string[] files)
    {
        var n = files.Length;
        var a = Enumerable.Range(0, n).Select(i => $"ka{i}q").ToArray();
        // B: a rotation and a reversal, so that no document keeps its rank among the ids.
        var b = Enumerable.Range(0, n).Select(i => $"mb{(n - 1 - i + 2) % n}w").ToArray();
        var reportA = Normalize(CheckCopies(files, a, reverseInput: false), a);
        var reportB = Normalize(CheckCopies(files, b, reverseInput: true), b);
        foreach (var part in new[] { "Documents", "Entities", "Facts", "Findings", "Stances" })
        {
            var left = Elements(reportA, part);
            var right = Elements(reportB, part);
            var onlyA = left.Except(right).Take(3).ToList();
            var onlyB = right.Except(left).Take(3).ToList();
            (onlyA.Count + onlyB.Count).Should().Be(0,
                $"{part} must not depend on the ids; only under mapping A: {string.Join(" | ", onlyA.Select(Cut))}; only under mapping B: {string.Join(" | ", onlyB.Select(Cut))}");
            left.Count.Should().Be(right.Count, $"{part} count");
        }
    }

    private JsonNode CheckCopies(string[] files, string[] ids, bool reverseInput)
    {
        var folder = Path.Combine(_dir, ids[0]);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < files.Length; i++)
        {
            File.Copy(files[i], Path.Combine(folder, ids[i] + ".txt"));
        }

        var docs = DocumentLoader.FromDirectory(folder).ToList();
        if (reverseInput)
        {
            docs.Reverse();
        }

        var report = Checker.Check(docs);
        return JsonNode.Parse(Reflected(report))!;
    }

    /// <summary>Maps each id back to DOC{i}, replaces content hashes of ids (finding and fact ids) by a placeholder, sorts arrays.</summary>
    private static JsonNode Normalize(JsonNode report, string[] ids)
    {
        var json = report.ToJsonString();
        for (var i = 0; i < ids.Length; i++)
        {
            json = json.Replace(ids[i], $"DOC{i}", StringComparison.Ordinal);
        }

        json = HashId().Replace(json, "$1-HASH");
        return Sorted(JsonNode.Parse(json)!);
    }

    private static JsonNode Sorted(JsonNode node) => node switch
    {
        JsonArray array => new JsonArray(array.Select(e => Sorted(e!)).OrderBy(e => e.ToJsonString(), StringComparer.Ordinal).ToArray()),
        JsonObject obj => new JsonObject(obj.Select(kv => KeyValuePair.Create(kv.Key, kv.Value is null ? null : Sorted(kv.Value)))),
        _ => node.DeepClone(),
    };

    private static List<string> Elements(JsonNode report, string part) =>
        report[part]!.AsArray().Select(e => e!.ToJsonString()).ToList();

    private static string Cut(string s) => s.Length > 600 ? s[..600] + "…" : s;

    [GeneratedRegex(@"\b(fact|finding|spelling|pubdate)-[0-9a-f]{10}\b", RegexOptions.None, 1000)]
    private static partial Regex HashId();
}
