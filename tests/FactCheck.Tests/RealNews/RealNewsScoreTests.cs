namespace FactCheck.Tests.RealNews;

/// <summary>
/// The real-news clusters (../shared/realnews, three 2013 stories with hand-labelled gold), scored by their own
/// score.py. Skipped with a reason when the folder or python3 is absent.
/// </summary>
public class RealNewsScoreTests
{
    [Test]
    public void RealNewsScore_EveryCluster_ScoresWithSoundOffsets()
    {
        var (clusters, all) = RealNewsScore.ScoreAll();
        TestContext.Out.WriteLine(RealNewsScore.Table([.. clusters, all]));
        all.PrintMisses();

        // The harness itself: every cluster was scored, gold conflicts were counted, and evidence offsets are sound.
        clusters.Should().HaveCount(3);
        all.ConflictRecall.Total.Should().BeGreaterThan(0);
        all.FindingsTotal.Should().BeGreaterThanOrEqualTo(all.Unexplained);
        all.EvidenceOffsets.Hit.Should().Be(all.EvidenceOffsets.Total, "every evidence item must cut its own text out of the file");
    }
}
