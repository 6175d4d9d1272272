namespace FactCheck.Tests.Conflicts;

/// <summary>
/// Scores the checker on hand-written held-out clusters (invented stories in varied wire prose): recall of the
/// labelled conflicts and precision of the contradictions it reports. The numbers go to docs/accuracy-conflicts.md.
/// </summary>
public class HeldOutConflictTests
{
    // Floor just below the measured 0.93 (26 / 28) after the statement layer (issue 13): the court-ruling vote row is lost
    // to the quantity-frame gating and the ceo-exit departure is credited to the company by the entity stage (see
    // docs/accuracy-conflicts.md); was 0.96 at 28 / 28. The goal is 0.9.
    private const double RecallGoal = 0.92;
    private const double PrecisionGoal = 0.9;

    private static readonly Lazy<IReadOnlyList<ClusterScore>> Scores = new(() =>
        HeldOutScoring.Clusters()
            .Select(c => HeldOutScoring.Score(c, FactChecker.CreateDefault().Check(HeldOutScoring.Documents(c))))
            .ToList());

    [Test]
    public void HeldOut_EveryClusterHasDocumentsAndTruth()
    {
        HeldOutScoring.Clusters().Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var cluster in HeldOutScoring.Clusters())
        {
            HeldOutScoring.Documents(cluster).Should().HaveCountGreaterThanOrEqualTo(3);
            var (conflicts, non) = HeldOutScoring.Truth(cluster);
            conflicts.Should().NotBeEmpty(cluster);
            non.Should().NotBeEmpty(cluster);
        }
    }

    [Test]
    public void HeldOut_OverallRecallAndContradictionPrecision_MeetTheGoals()
    {
        var overall = HeldOutScoring.Report(Scores.Value);

        overall.Recall.Should().BeGreaterThanOrEqualTo(RecallGoal);
        overall.ContradictionPrecision.Should().BeGreaterThanOrEqualTo(PrecisionGoal);
    }

    [Test]
    public void HeldOut_LookAlikes_AreNeverContradictions()
    {
        Scores.Value.Sum(s => s.LookAlikeViolations).Should().Be(0);
    }
}
