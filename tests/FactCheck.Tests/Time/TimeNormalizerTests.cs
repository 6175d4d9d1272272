using FactCheck.Ingestion;
using FactCheck.Text;
using FactCheck.Time;
using static FactCheck.Tests.Time.TimeTestDocs;

namespace FactCheck.Tests.Time;

public class TimeNormalizerTests
{
    // Invented articles about one story: a harbour crane collapse reported on Thursday 2021-09-16.
    private const string Dated = """
        Harbour crane collapses in Veldmark
        September 16, 2021
        A crane at the Veldmark container port collapsed late on Wednesday, the port authority said.
        The crane was installed in 2019 and inspected last year, according to the operator Nordquay.
        """;

    private const string CrawlDated = """
        Saturday, April 6, 2024 | Archive
        Port crane falls in Veldmark
        A crane fell at the Veldmark port Wednesday night, workers said.
        Nordquay bought the crane in 2019 and had it inspected during last year's safety campaign in 2020.
        """;

    private const string Undated = """
        Crane accident halts Veldmark port
        Work stopped at the Veldmark port on Thursday morning after a crane toppled Wednesday night.
        The union said inspections had been delayed since July.
        """;

    [Test]
    public void Normalize_LaterYearAsTargetOrForecast_KeepsMetadataDate()
    {
        // Invented text: later years told near past-tense verbs, but as a target ("by"), a forecast noun's modifier or
        // after a hyphenated adjective, do not make the supplied date a crawl date.
        var doc = Doc(
            "a",
            "The brewer said its price cuts would mean lower-than-planned profit for 2031. Last year it said it aimed to "
            + "hold half the market by 2033. An analyst trimmed his 2031 profit projection yesterday. Sales rose last year.",
            published: D("2030-03-05"));
        var result = new TimeNormalizer().Normalize([doc]);
        result.Documents[0].Publication.Basis.Should().Be(PublishedBasis.Metadata);
        result.Documents[0].Publication.Value.Should().Be(D("2030-03-05"));
        result.Findings.Should().BeEmpty();
    }

    [Test]
    public void Normalize_LaterYearToldInThePast_StillRejectsMetadataDate()
    {
        var doc = Doc(
            "a",
            "The brewer reported record profit in 2034. Sales rose last year, and in 2033 the plant closed.",
            published: D("2030-03-05"));
        var result = new TimeNormalizer().Normalize([doc]);
        result.Documents[0].Publication.Value.Should().NotBe(D("2030-03-05"));
    }

    [Test]
    public void Normalize_MetadataDate_IsKeptWithMetadataBasis()
    {
        var doc = Doc("a", "The museum reopened on Tuesday.", published: D("2021-09-16"));
        var result = new TimeNormalizer().Normalize([doc]);
        result.Documents[0].Publication.Should().Be(new PublicationDate(D("2021-09-16"), PublishedBasis.Metadata, false));
        result.Documents[0].Expressions.Single().Value.Should().Be("2021-09-14");
        result.Findings.Should().BeEmpty();
    }

    [Test]
    public void Normalize_CrawlDateContradictedByTextAndSibling_IsDoubtedWithEvidence()
    {
        var docs = new[] { Doc("dated", Dated, dateline: "September 16, 2021"), Doc("crawl", CrawlDated, dateline: "April 6, 2024") };
        var result = new TimeNormalizer().Normalize(docs);

        var crawl = result.Documents[1].Publication;
        crawl.Value.Should().Be(D("2021-09-16"));
        crawl.Basis.Should().Be(PublishedBasis.Inferred);
        crawl.Doubted.Should().BeTrue();
        crawl.Reason.Should().Contain("2024-04-06");
        result.Documents[0].Publication.Should().Be(new PublicationDate(D("2021-09-16"), PublishedBasis.Dateline, false));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(FindingKind.PublicationDate);
        finding.Severity.Should().Be(Severity.Note);
        finding.Confidence.Should().BeInRange(0.5, 0.95);
        finding.Summary.Should().Contain("2024-04-06").And.Contain("2021-09-16");
        finding.Evidence[0].Should().Be(new Evidence("crawl", "April 6, 2024", CrawlDated.IndexOf("April 6, 2024", StringComparison.Ordinal), CrawlDated.IndexOf("April 6, 2024", StringComparison.Ordinal) + 13, "2024-04-06"));
        finding.Evidence.Should().Contain(e => e.Document == "crawl" && e.Text.StartsWith("last year", StringComparison.Ordinal) && e.Value == "2020");
        finding.Evidence.Should().Contain(e => e.Document == "dated" && e.Value == "2021-09-16");

        // Relative expressions of the doubted document are anchored on the inferred date.
        result.Documents[1].Expressions.Should().Contain(e => e.Text == "Wednesday night" && e.Value == "2021-09-15TNI");
    }

    [Test]
    public void Normalize_UndatedDocument_InferredFromSiblingDate()
    {
        var docs = new[] { Doc("dated", Dated, dateline: "September 16, 2021"), Doc("undated", Undated) };
        var pub = new TimeNormalizer().Normalize(docs).Documents[1].Publication;
        pub.Should().Be(pub with { Value = D("2021-09-16"), Basis = PublishedBasis.Inferred, Doubted = false });
        pub.Reason.Should().Contain("1 other article");
    }

    [Test]
    public void Normalize_UndatedDocumentNamingALaterWeekday_MovesPastTheSiblingDate()
    {
        var later = Doc("later", "Cleanup crews cleared the wreck on Friday, the port said. Ships docked again on Saturday morning.");
        var docs = new[] { Doc("dated", Dated, dateline: "September 16, 2021"), later };
        var result = new TimeNormalizer().Normalize(docs);
        result.Documents[1].Publication.Value.Should().Be(D("2021-09-18"));
        result.Documents[1].Expressions.Select(e => e.Value).Should().Equal("2021-09-17", "2021-09-18TMO");
    }

    [Test]
    public void Normalize_DatelineWithoutSiblingsOrContradiction_IsKept()
    {
        var result = new TimeNormalizer().Normalize([Doc("crawl", CrawlDated, dateline: "April 6, 2024")]);
        result.Documents[0].Publication.Should().Be(new PublicationDate(D("2024-04-06"), PublishedBasis.Dateline, false));
        result.Findings.Should().BeEmpty();
    }

    [Test]
    public void Normalize_DatelineBeforeTheYearsTheTextReports_IsDoubtedAlone()
    {
        const string text = "March 3, 2015\nThe dam failed on June 9, 2016, engineers said, and the 2016 floods followed.";
        var result = new TimeNormalizer().Normalize([Doc("early", text, dateline: "March 3, 2015")]);
        var pub = result.Documents[0].Publication;
        pub.Doubted.Should().BeTrue();
        pub.Value.Should().Be(D("2016-06-09"));
        pub.Basis.Should().Be(PublishedBasis.Inferred);
        result.Findings.Should().ContainSingle().Which.Evidence.Should().Contain(e => e.Text == "the 2016 floods");
    }

    [Test]
    public void Normalize_DoubtedDatelineWithNothingToInferFrom_IsDoubtedWithoutDate()
    {
        const string text = "May 2, 2012\nThe club won the 2014 championship and the 2015 cup, fans said.";
        var pub = new TimeNormalizer().Normalize([Doc("early", text, dateline: "May 2, 2012")]).Documents[0].Publication;
        pub.Doubted.Should().BeTrue();
        pub.Value.Should().BeNull();
        pub.Basis.Should().Be(PublishedBasis.None);
    }

    [Test]
    public void Normalize_NoDateAnywhere_RecordsNoneAndLeavesRelativeValuesUnanchored()
    {
        var result = new TimeNormalizer().Normalize([Doc("plain", "The minister resigned last month after a vote on Tuesday.")]);
        var time = result.Documents[0];
        time.Publication.Should().Be(PublicationDate.Unknown);
        time.Expressions.Select(e => (e.Value, e.Granularity)).Should().Equal(("XXXX-XX", TimeGranularity.Unknown), ("XXXX-XX-XX", TimeGranularity.Unknown));
    }

    [Test]
    public void Normalize_DocumentOrder_DoesNotChangeResults()
    {
        var docs = new[] { Doc("dated", Dated, dateline: "September 16, 2021"), Doc("crawl", CrawlDated, dateline: "April 6, 2024"), Doc("undated", Undated) };
        var forward = new TimeNormalizer().Normalize(docs);
        var backward = new TimeNormalizer().Normalize(docs.Reverse().ToArray());
        for (var i = 0; i < docs.Length; i++)
        {
            backward.Documents[docs.Length - 1 - i].Should().BeEquivalentTo(forward.Documents[i], o => o.WithStrictOrdering());
        }

        backward.Findings.Should().BeEquivalentTo(forward.Findings, o => o.WithStrictOrdering());
    }

    [Test]
    public void Normalize_WithoutSentences_UsesRegionsAndKeepsOriginalOffsets()
    {
        const string text = "MENU | Login\n\nThe strike began on Monday.";
        var regionStart = text.IndexOf("The", StringComparison.Ordinal);
        var doc = new AnalyzedDocument(new SourceDocument("r", text) { Published = D("2022-04-27") })
        {
            Regions = [new TextSpan(regionStart, text.Length)],
        };
        var e = new TimeNormalizer().Normalize([doc]).Documents[0].Expressions.Single();
        text[e.Start..e.End].Should().Be("Monday");
        e.Value.Should().Be("2022-04-25");
    }

    [Test]
    public void Normalize_DatelineOutvotedByTwoSiblingsWithNeutralText_IsDoubted()
    {
        const string neutral = "Ferry service resumed after the strike, the operator said.";
        var docs = new[]
        {
            Doc("a", "June 3, 2022\n" + neutral, dateline: "June 3, 2022"),
            Doc("b", "June 4, 2022\n" + neutral, dateline: "June 4, 2022"),
            Doc("c", "November 20, 2022\n" + neutral, dateline: "November 20, 2022"),
        };
        var result = new TimeNormalizer().Normalize(docs);
        result.Documents.Select(d => d.Publication.Doubted).Should().Equal(false, false, true);
        result.Documents[2].Publication.Value.Should().Be(D("2022-06-03"));
    }

    [Test]
    public void Normalize_TwoDatesEachWithSupport_NeitherIsDoubted()
    {
        const string neutral = "Ferry service resumed after the strike, the operator said.";
        var docs = new[]
        {
            Doc("a", "June 3, 2022\n" + neutral, dateline: "June 3, 2022"),
            Doc("b", "June 4, 2022\n" + neutral, dateline: "June 4, 2022"),
            Doc("c", "June 4, 2022\n" + neutral, dateline: "June 4, 2022"),
            Doc("d", "November 20, 2022\n" + neutral, dateline: "November 20, 2022"),
            Doc("e", "November 21, 2022\n" + neutral, dateline: "November 21, 2022"),
        };
        var result = new TimeNormalizer().Normalize(docs);
        result.Documents.Should().OnlyContain(d => !d.Publication.Doubted);
        result.Findings.Should().BeEmpty();
    }

    [Test]
    public void Normalize_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new TimeNormalizer().Normalize([Doc("a", Dated)], cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Normalize_NoDocuments_ReturnsEmptyAnalysis()
    {
        var result = new TimeNormalizer().Normalize([]);
        result.Documents.Should().BeEmpty();
        result.Findings.Should().BeEmpty();
    }
}
