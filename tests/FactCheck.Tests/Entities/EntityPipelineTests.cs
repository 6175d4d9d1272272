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
        foreach (var e in report.Entities)
        {
            e.Mentions.Should().OnlyContain(m => Seeds.All().Single(d => d.Id == m.Document).Text[m.Start..m.End] == m.Text);
        }
    }
}
