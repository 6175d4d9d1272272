using FactCheck.Alignment;
using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Statements;

/// <summary>A fact is agreed only when the outlets' own statements hold it (rule agreement-stated).</summary>
public class AgreedFactTests
{
    [Test]
    public void Check_Seeds_NoAgreedContactBetweenTrumpAndKislyak()
    {
        Seeds.RequireAvailable();
        var report = FactChecker.CreateDefault().Check(Seeds.All());
        var contact = report.Facts.Where(f => f.Frame == "contact" && f.Summary.Contains("Trump", StringComparison.Ordinal) && f.Summary.Contains("Kislyak", StringComparison.Ordinal)).ToList();

        // No outlet says Trump met Kislyak: the claims reach them through asides and other sentences' subjects.
        contact.Should().NotContain(f => f.Status == FactStatus.Agreed);
    }

    [Test]
    public void Check_Sample_HaleCallForResignationIsNotAgreed()
    {
        var report = FactChecker.CreateDefault().Check(DocumentLoader.Load(RepoPaths.SampleDirectory));
        var resign = report.Facts.Where(f => f.Frame == "demand" && f.Summary.Contains("Dermot Hale", StringComparison.Ordinal) && f.Summary.Contains("resignation", StringComparison.Ordinal)).ToList();

        // Only one outlet says Hale called for the resignation; the others have him asking for a recusal.
        resign.Should().NotContain(f => f.Status == FactStatus.Agreed && f.StatedIn.Count > 1);
        report.Facts.Should().Contain(f => f.Frame == "demand" && f.Summary.Contains("Dermot Hale", StringComparison.Ordinal) && f.Summary.Contains("recusal", StringComparison.Ordinal) && f.Status == FactStatus.Agreed,
            "the recusal call is stated by three outlets in their own words");
    }
}
