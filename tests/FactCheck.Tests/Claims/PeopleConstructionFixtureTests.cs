using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Text;
using FactCheck.Time;

namespace FactCheck.Tests.Claims;

/// <summary>
/// The people fixture (Fixtures/People/constructions.tsv): demand, speaker and title constructions written for
/// these tests, each row naming the rule it exercises, negatives included.
/// </summary>
public class PeopleConstructionFixtureTests
{
    private static readonly string[] Rows = File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "People", "constructions.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToArray();

    private static IEnumerable<TestCaseData> Cases() => Rows.Select(r => r.Split('\t')).Select(c => new TestCaseData(c[0], c[1], c[2]).SetName($"{c[0]}: {c[1]}"));

    [Test]
    public void Fixture_HasEightyConstructionsWithNegatives()
    {
        Rows.Should().HaveCountGreaterThanOrEqualTo(80);
        Rows.Count(r => r.EndsWith("\t-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(15);
    }

    [TestCaseSource(nameof(Cases))]
    public void Construction_FixtureRow_ReadsAsExpected(string rule, string sentence, string expected)
    {
        var names = DemandConstructions.English.All.Select(r => r.Name).Concat(SpeakerRules.Speakers.Select(r => r.Name)).Concat(SpeakerRules.Titles.Select(r => r.Name));
        names.Should().Contain(rule, "every row names a registered rule");
        if (rule.StartsWith("demand-", StringComparison.Ordinal))
        {
            var found = DemandFixture.Find(sentence).Where(d => d.Rule == rule).Select(d => d.Action).ToList();
            if (expected == "-")
            {
                found.Should().BeEmpty();
            }
            else
            {
                found.Should().Contain(expected);
            }

            return;
        }

        var (doc, entities) = Pipeline(sentence);
        if (rule.StartsWith("speaker-", StringComparison.Ordinal))
        {
            var quote = doc.Quotes.Where(q => q.Text.Split(' ').Length >= 3).Last();
            var view = new DocumentView(doc, entities, Lexicon.English);
            var id = view.SpeakerId(quote);
            id.Should().NotBeNull();
            if (expected == "anon")
            {
                DocumentView.IsAnonymous(id).Should().BeTrue();
            }
            else
            {
                view.NameOf(id!).Should().Be(expected);
            }

            return;
        }

        var roles = new ClaimExtractor().Extract(doc, entities).Where(c => c.Frame == "role")
            .SelectMany(c => c.Arguments.Where(a => a.Role == "role")).Select(a => a.Text).ToList();
        roles.Should().Contain(expected);
    }

    private static (AnalyzedDocument Doc, EntityResolution Entities) Pipeline(string text)
    {
        var source = new SourceDocument("fixture", text);
        var lines = new BoilerplateRemover().Clean([source]);
        var doc = new AnalyzedDocument(source) { Lines = lines[0] };
        doc = doc with { Regions = doc.Lines.Where(l => l.Kept && l.End > l.Start).Select(l => new FactCheck.TextSpan(l.Start, l.End)).ToArray() };
        doc = doc with { Sentences = new SentenceSplitter().Split(doc.Text, doc.Regions) };
        doc = doc with { Mentions = new EntityRecognizer().Recognize(doc) };
        doc = doc with { Quotes = new QuoteExtractor().Extract(doc) };
        var time = new TimeNormalizer().Normalize([doc]);
        doc = doc with { Time = time.Documents[0] };
        var entities = new EntityResolver().Resolve([doc]);
        return (doc, entities);
    }
}
