using FactCheck.Entities;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Entities;

[Explicit("Writes the recognizer's output on the seeds to a file for inspection.")]
public class EntityDumpTests
{
    [Test]
    public void Dump_Seeds_WritesMentions()
    {
        var dir = Environment.GetEnvironmentVariable("ENTITY_DUMP_DIR");
        var docs = EntityTestSupport.Recognize(dir is null ? Seeds.All() : EntityMetrics.LoadSet(dir));
        using var w = new StreamWriter(Path.Combine(Path.GetTempPath(), "entity-dump.txt"));
        foreach (var d in docs)
        {
            foreach (var m in d.Mentions)
            {
                w.WriteLine($"{m.Document}\t{m.Start}\t{m.Type}\t{m.Text}\t[{m.Name}]\trole={m.Role?.Text}\taff={m.Affiliation}/{m.AffiliationCode}");
            }
        }

        var res = new EntityResolver().Resolve(docs);
        foreach (var e in res.Entities)
        {
            w.WriteLine($"E\t{e.Id}\t{e.Type}\t{e.Name}\t{string.Join(" | ", e.Variants.Select(v => (v.Misspelling ? "!" : "") + v.Text + "@" + string.Join(",", v.Documents.Select(x => x))))}\troles={string.Join(" | ", e.Roles.Select(r => r.Document + ":" + r.Text))}\taff={string.Join(",", e.Affiliations)}");
        }

        foreach (var f in res.Findings)
        {
            w.WriteLine($"F\t{f.Id}\t{f.Summary}\t{f.Confidence}");
        }

        docs.Should().NotBeEmpty();
    }
}
