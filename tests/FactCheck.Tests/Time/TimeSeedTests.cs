using FactCheck.Ingestion;
using FactCheck.Tests.Support;
using FactCheck.Time;

namespace FactCheck.Tests.Time;

public class TimeSeedTests
{
    private static (IReadOnlyList<AnalyzedDocument> Docs, TimeAnalysis Analysis) AnalyzeSeeds(bool reverse = false)
    {
        Seeds.RequireAvailable();
        var docs = Seeds.All().Select(s =>
        {
            var prefix = s.Id[..3];
            var source = prefix switch
            {
                // Until the loader sets them, the datelines are found by hand.
                "000" => s with { DatelineCandidate = TimeTestDocs.Candidate(s.Text, "May 23, 2024") },
                "001" => s with { DatelineCandidate = TimeTestDocs.Candidate(s.Text, "March 2, 2017") },
                _ => s,
            };
            return TimeTestDocs.Lines(source);
        }).ToList();
        if (reverse)
        {
            docs.Reverse();
        }

        return (docs, new TimeNormalizer().Normalize(docs));
    }

    private static DocumentTime TimeOf(IReadOnlyList<AnalyzedDocument> docs, TimeAnalysis analysis, string prefix) =>
        analysis.Documents[docs.ToList().FindIndex(d => d.Id.StartsWith(prefix, StringComparison.Ordinal))];

    [Test]
    public void Normalize_Seeds_CrawlDateOfSeed000IsDoubtedAndReplaced()
    {
        var (docs, analysis) = AnalyzeSeeds();
        var pub = TimeOf(docs, analysis, "000").Publication;
        pub.Doubted.Should().BeTrue();
        pub.Basis.Should().Be(PublishedBasis.Inferred);
        pub.Value.Should().Be(TimeTestDocs.D("2017-03-02"));

        var finding = analysis.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(FindingKind.PublicationDate);
        finding.Evidence[0].Document.Should().StartWith("000");
        finding.Evidence[0].Value.Should().Be("2024-05-23");
        finding.Evidence.Should().Contain(e => e.Document.StartsWith("000", StringComparison.Ordinal) && e.Value == "2016");
        foreach (var e in finding.Evidence)
        {
            var text = docs.Single(d => d.Id == e.Document).Text;
            text[e.Start..e.End].Should().Be(e.Text);
        }
    }

    [Test]
    public void Normalize_Seeds_DatelineKeptAndUndatedSeedsInferred()
    {
        var (docs, analysis) = AnalyzeSeeds();
        var seed001 = TimeOf(docs, analysis, "001").Publication;
        seed001.Should().Be(new PublicationDate(TimeTestDocs.D("2017-03-02"), PublishedBasis.Dateline, false));
        foreach (var prefix in new[] { "002", "003", "004" })
        {
            var pub = TimeOf(docs, analysis, prefix).Publication;
            pub.Value.Should().Be(TimeTestDocs.D("2017-03-02"), prefix);
            pub.Basis.Should().Be(PublishedBasis.Inferred, prefix);
            pub.Doubted.Should().BeFalse(prefix);
        }
    }

    [Test]
    public void Normalize_SeedsInReverseOrder_GiveTheSameResults()
    {
        var (docs, analysis) = AnalyzeSeeds();
        var (rdocs, ranalysis) = AnalyzeSeeds(reverse: true);
        foreach (var d in docs)
        {
            var a = analysis.Documents[docs.ToList().IndexOf(d)];
            var b = ranalysis.Documents[rdocs.ToList().FindIndex(x => x.Id == d.Id)];
            b.Publication.Should().Be(a.Publication);
            b.Expressions.Should().Equal(a.Expressions);
        }

        ranalysis.Findings.Should().BeEquivalentTo(analysis.Findings, o => o.WithStrictOrdering());
    }

    [Test]
    public void Normalize_Seeds_ExpressionValuesMatchTheLabels()
    {
        var (docs, analysis) = AnalyzeSeeds();
        var rows = File.ReadAllLines(LabelledSet.FixturePath("seed-expressions.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        rows.Should().NotBeEmpty();
        var failures = new List<string>();
        var checkedSpans = 0;
        foreach (var cols in rows)
        {
            var (prefix, expression, occurrence, expected) = (cols[0], cols[1], cols[2], cols[3]);
            var index = docs.ToList().FindIndex(d => d.Id.StartsWith(prefix, StringComparison.Ordinal));
            var text = docs[index].Text;
            var expressions = analysis.Documents[index].Expressions;
            var starts = new List<int>();
            for (var at = text.IndexOf(expression, StringComparison.Ordinal); at >= 0; at = text.IndexOf(expression, at + 1, StringComparison.Ordinal))
            {
                starts.Add(at);
            }

            starts.Should().NotBeEmpty($"'{expression}' should be in seed {prefix}");
            var wanted = occurrence == "*" ? starts : [starts[int.Parse(occurrence, System.Globalization.CultureInfo.InvariantCulture) - 1]];
            foreach (var at in wanted)
            {
                checkedSpans++;
                var hit = expressions.Where(e => e.Start < at + expression.Length && at < e.End).ToList();
                if (!hit.Any(e => e.Value == expected))
                {
                    failures.Add($"{prefix} '{expression}'@{at}: expected {expected}, got {string.Join(", ", hit.Select(h => h.Value))}");
                }
            }
        }

        var accuracy = (checkedSpans - failures.Count) / (double)checkedSpans;
        TestContext.Out.WriteLine($"seed value accuracy {accuracy:P1} on {checkedSpans} spans");
        failures.ForEach(f => TestContext.Out.WriteLine(f));
        accuracy.Should().BeGreaterThanOrEqualTo(0.9);
    }

    [TestCase("001", "in September", "2016-09")]
    [TestCase("003", "in July", "2016-07")]
    [TestCase("002", "in January", "2017-01")]
    [TestCase("004", "Feb. 1", "2017-02-01")]
    [TestCase("000", "Wednesday night", "2017-03-01")]
    [TestCase("000", "last month", "2017-02")]
    [TestCase("000", "presidential campaign", "2016")]
    public void Normalize_Seeds_MeetTheGoal(string prefix, string expression, string expectedPrefix)
    {
        var (docs, analysis) = AnalyzeSeeds();
        var index = docs.ToList().FindIndex(d => d.Id.StartsWith(prefix, StringComparison.Ordinal));
        var at = docs[index].Text.IndexOf(expression, StringComparison.Ordinal);
        var hit = analysis.Documents[index].Expressions.Where(e => e.Start < at + expression.Length && at < e.End).ToList();
        hit.Should().ContainSingle().Which.Value.Should().StartWith(expectedPrefix);
    }
}
