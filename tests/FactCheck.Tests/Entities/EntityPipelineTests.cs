using FactCheck.Entities;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Entities;

public class EntityPipelineTests
{
    [Test]
    public void Check_Seeds_ReportsResolvedEntitiesAndSpellingFindings()
    {
        Seeds.RequireAvailable();

        var report = FactChecker.CreateDefault().Check(Seeds.All());

        report.Entities.Should().Contain(e => e.Type == EntityType.Person && e.Variants.Any(v => v.Misspelling));
        report.Entities.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        report.Findings.Where(f => f.Kind == FindingKind.Spelling).Should().HaveCount(2);
        var texts = Seeds.All().ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        foreach (var m in report.Entities.SelectMany(e => e.Mentions))
        {
            texts[m.Document].Substring(m.Start, m.End - m.Start).Should().Be(m.Text);
        }
    }
}
