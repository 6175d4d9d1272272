using FactCheck.Ingestion;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Text;

public class QuoteAccuracyTests
{
    [Test]
    public void Extract_OwnFixtures_PrecisionAtLeast095RecallAtLeast09()
    {
        var total = new QuoteScore(0, 0, 0, []);
        var files = Directory.GetFiles(Path.Combine(QuoteScoring.FixtureDir, "quotes"), "*.txt").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var path in files)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var doc = QuoteScoring.Analyze([new SourceDocument(id, File.ReadAllText(path))])[0];
            var expected = QuoteScoring.ReadExpected(Path.ChangeExtension(path, ".expected.tsv"), id);
            total = total.Add(QuoteScoring.Score(doc, expected));
        }

        TestContext.Out.WriteLine($"fixtures: {total}");
        total.Precision.Should().BeGreaterThanOrEqualTo(0.95, total.ToString());
        total.Recall.Should().BeGreaterThanOrEqualTo(0.9, total.ToString());
    }

    [Test]
    public void Extract_Seeds_EveryNamedStatementHasTheRightSpeaker()
    {
        Seeds.RequireAvailable();
        var expected = QuoteScoring.ReadExpected(Path.Combine(QuoteScoring.FixtureDir, "seed-quotes.tsv"));
        var docs = QuoteScoring.Analyze(Seeds.All());
        var total = new QuoteScore(0, 0, 0, []);
        foreach (var doc in docs)
        {
            total = total.Add(QuoteScoring.Score(doc, expected.Where(e => doc.Id.StartsWith(e.Document, StringComparison.Ordinal))));
        }

        TestContext.Out.WriteLine($"seeds: {total}");
        total.FalseNegatives.Should().Be(0, total.ToString());
        total.Precision.Should().BeGreaterThanOrEqualTo(0.95, total.ToString());
    }
}
