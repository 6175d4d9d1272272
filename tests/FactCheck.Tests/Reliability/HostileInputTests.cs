using System.Text;
using FactCheck.Ingestion;
using FactCheck.StoryGenerator;
using static FactCheck.Tests.Reliability.ReportInvariants;

namespace FactCheck.Tests.Reliability;

/// <summary>Issue 8: each hostile input has defined behaviour — a typed error naming the document, or a valid report.</summary>
public class HostileInputTests
{
    private static readonly FactChecker Checker = FactChecker.CreateDefault();

    private static IReadOnlyList<SourceDocument> Story(int n = 3, ulong seed = 1) => StoryGenerator.StoryGenerator.Generate(n, seed).Documents;

    private static SourceDocument WithText(SourceDocument d, string text) => new(d.Id, text) { Outlet = d.Outlet, Published = d.Published, Title = d.Title };

    private static ConsistencyReportAssert Valid(IReadOnlyList<SourceDocument> docs, FactChecker? checker = null, TimeSpan? bound = null)
    {
        var (report, error) = ReportOrInputError(checker ?? Checker, docs, bound);
        error.Should().BeNull("this input is usable and must give a report");
        report!.Documents.Should().HaveCount(docs.Count, "no document may be lost");
        return new ConsistencyReportAssert(report);
    }

    [Test]
    public void SourceDocument_NullText_ThrowsArgumentNull()
    {
        var act = () => new SourceDocument("a", null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Check_NullDocumentInList_ThrowsInputExceptionNamingItsPosition()
    {
        var docs = new[] { Story()[0], null! };
        var act = () => Checker.Check(docs);
        act.Should().Throw<FactCheckInputException>().WithMessage("*#2*null*");
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\r\n\t\u00A0\u2003\n")]
    public void Check_EmptyOrWhitespaceText_ThrowsInputExceptionNamingTheDocument(string text)
    {
        var docs = new[] { Story()[0], new SourceDocument("empty-one", text) };
        var (_, error) = ReportOrInputError(Checker, docs);
        error.Should().NotBeNull();
        error!.DocumentId.Should().Be("empty-one");
        error.Message.Should().Contain("'empty-one'");
    }

    [Test]
    public void Check_ZeroArticles_ThrowsInputException()
    {
        var (_, error) = ReportOrInputError(Checker, []);
        error.Should().NotBeNull();
        error!.Message.Should().Contain("No documents");
    }

    [Test]
    public void Check_SingleArticle_GivesReportWhoseEvidenceComesFromIt()
    {
        var docs = Story(1);
        var report = Valid(docs).Report;
        report.Findings.SelectMany(f => f.Evidence).Should().NotContain(e => e.Document != docs[0].Id);
    }

    [Test]
    public void Check_DuplicateIds_ThrowsInputExceptionNamingTheId()
    {
        var s = Story(2);
        var docs = new[] { s[0], new SourceDocument(s[0].Id, s[1].Text) };
        var (_, error) = ReportOrInputError(Checker, docs);
        error!.DocumentId.Should().Be(s[0].Id);
    }

    [Test]
    public void Check_IdenticalTexts_GivesNoContradictionBetweenThem()
    {
        var one = StoryGenerator.StoryGenerator.Generate(1, 4).Documents[0];
        var docs = new[] { one, WithText(new SourceDocument("copy", "x"), one.Text) };
        var report = Valid(docs).Report;
        report.Findings.Should().NotContain(f => f.Severity == Severity.Contradiction && f.Kind != FindingKind.PublicationDate);
    }

    [Test]
    public void Check_BinaryBytesAndControlCharacters_GivesReportOrNamedError()
    {
        var rng = new SplitMix64(3);
        var bytes = new byte[20_000];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)rng.Next(256);
        }

        var binary = Encoding.Latin1.GetString(bytes);
        var s = Story(2);
        var controls = string.Concat(s[1].Text.Select((c, i) => i % 17 == 0 ? (char)(i % 32) : c));
        var docs = new[] { s[0], WithText(s[1], controls), new SourceDocument("binary", binary), new SourceDocument("nul", "Marta\0Varga met\0 the envoy on\0 March 3.\0\0") };
        var (report, error) = ReportOrInputError(Checker, docs);
        if (error is not null)
        {
            error.DocumentId.Should().NotBeNull("a rejected input must name the document");
        }
        else
        {
            report!.Documents.Should().HaveCount(4);
        }
    }

    [Test]
    public void Check_LoneSurrogates_GiveValidReport()
    {
        var s = Story(3);
        var t = s[1].Text;
        var broken = "\uDC00" + t[..200] + "\uD800" + t[200..400] + "\uD83D Varga\uDE00 " + t[400..] + "\uD800";
        Valid([s[0], WithText(s[1], broken), s[2]]);
    }

    [Test]
    public void Check_NoncharactersInText_GiveValidReport()
    {
        // Found by AFL++: U+FFFE made Unicode normalization throw inside boilerplate removal.
        var s = Story(3);
        var t = s[1].Text;
        var broken = "\uFFFE\uFFFF" + t[..300] + " Varga\uFDD0 " + t[300..] + "\uFFFE";
        Valid([s[0], WithText(s[1], broken), s[2]]);
    }

    [TestCase("\r\n", false)]
    [TestCase("\r", false)]
    [TestCase("\r\n", true)]
    public void Check_CrLfCrAndBom_OffsetsIndexOriginalText(string newline, bool bom)
    {
        var s = Story(4, 9);
        var docs = s.Select(d => WithText(d, (bom ? "\uFEFF" : string.Empty) + d.Text.Replace("\n", newline, StringComparison.Ordinal))).ToArray();
        var converted = Valid(docs).Report;
        var original = Checker.Check(s);
        converted.Findings.Select(f => f.Kind).Should().BeEquivalentTo(original.Findings.Select(f => f.Kind), "line ends must not change what is found");
    }

    [Test]
    public void Check_HtmlPastedAsText_GivesValidReport()
    {
        var s = Story(3, 5);
        var html = "<!DOCTYPE html><html><head><title>x</title><script>alert('x')</script><style>p{}</style></head><body>\n"
            + string.Join("\n", s[1].Text.Split("\n\n").Select(p => "<p class=\"para\">" + p.Replace("&", "&amp;", StringComparison.Ordinal) + "</p>"))
            + "\n<div><a href=\"/x?a=1&amp;b=2\">Read more</a></div></body></html>";
        Valid([s[0], WithText(s[1], html), s[2]]);
    }

    [Test]
    public void Check_FiftyMegabyteArticle_ThrowsNamingTheLengthLimit()
    {
        var big = new SourceDocument("huge", new string('a', 50_000_000));
        var (_, error) = ReportOrInputError(Checker, [Story(1)[0], big]);
        error!.DocumentId.Should().Be("huge");
        error.Message.Should().Contain("MaxDocumentLength");
    }

    [Test]
    public void Check_ArticleOverLimitWithLimitRaised_Completes()
    {
        // The limit is a knob, not a wall: an article rejected under a low limit goes through once it is raised.
        // (Multi-megabyte single articles are measured in the benchmarks' `--big` mode, not here.)
        var text = NewsText(300_000);
        var low = new FactCheckerBuilder().Configure(o => o.MaxDocumentLength = 250_000).Build();
        var (_, error) = ReportOrInputError(low, [Story(1)[0], new SourceDocument("big", text)]);
        error!.DocumentId.Should().Be("big");
        var raised = new FactCheckerBuilder().Configure(o => o.MaxDocumentLength = 400_000).Build();
        Valid([Story(1)[0], new SourceDocument("big", text)], raised);
    }

    [Test]
    public void Check_OneMegabyteLineWithoutPunctuation_GivesValidReport()
    {
        var rng = new SplitMix64(5);
        var sb = new StringBuilder(1_000_100);
        while (sb.Length < 1_000_000)
        {
            sb.Append(rng.Chance(0.3) ? rng.Pick(Vocabulary.FamilyNames) : rng.Pick(Vocabulary.Months).ToLowerInvariant()).Append(' ');
        }

        Valid([Story(1)[0], new SourceDocument("line", sb.ToString())]);
    }

    [Test]
    public void Check_TenThousandUnbalancedQuoteMarks_GivesValidReport()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append(i % 3 == 0 ? "\u201C" : i % 3 == 1 ? "\"" : "\u201D").Append("Varga said the talks went well ");
        }

        Valid([Story(1)[0], new SourceDocument("quotes", sb.ToString())]);
    }

    [Test]
    public void Check_DeeplyNestedBrackets_GivesValidReport()
    {
        var text = new string('(', 100_000) + "Marta Varga met the envoy on March 3, 2030." + new string(')', 50_000) + new string('[', 50_000) + " done.";
        Valid([Story(1)[0], new SourceDocument("brackets", text)]);
    }

    [Test]
    public void Check_RtlEmojiAndCombiningMarksInNames_OffsetsIndexOriginal()
    {
        const string a = "Outlet: Example Wire\nDate: 2030-03-04\nTitle: Talks\n\nSecretary Jose\u0301 Garci\u0301a met ambassador \u05E9\u05E8\u05D4 \u05DC\u05D5\u05D9 on March 3, 2030. \u201CWe talked \U0001F91D about trade,\u201D Garci\u0301a said. \u0645\u062D\u0645\u062F \u0627\u0644\u062D\u062F\u0627\u062F\u060C a senator, called on Garci\u0301a to resign.\n";
        const string b = "Outlet: Other Post\nDate: 2030-03-05\nTitle: Talks again\n\nSecretary Jos\u00E9 Garc\u00EDa \U0001F469\u200D\u2696\uFE0F met ambassador \u05E9\u05E8\u05D4 \u05DC\u05D5\u05D9 on March 4, 2030. \u201CWe talked about trade,\u201D Garc\u00EDa said. Zo\u00EB \U0001F1F3\U0001F1F4 Brandt called on Garc\u00EDa to resign.\n";
        Valid([new SourceDocument("rtl-a", a) { BodyStart = a.IndexOf("\n\n", StringComparison.Ordinal) + 2 }, new SourceDocument("rtl-b", b) { BodyStart = b.IndexOf("\n\n", StringComparison.Ordinal) + 2 }]);
    }

    [Test]
    public void Check_HugeNumbersAndImpossibleDates_GiveValidReport()
    {
        const string a = "Secretary Marta Varga said 1,000,000,000,000,000,000 dollars moved on February 30, 2030, and 99999999999999999999999999 more on the 99th. The vote is on March 32 or on the 0th of May, year 99999.";
        const string b = "Secretary Marta Varga said 1.7976931348623157e309 dollars moved on February 29, 2031, and -9,223,372,036,854,775,809 people came on the 31st of April at 25:61.";
        Valid([new SourceDocument("nums-a", a), new SourceDocument("nums-b", b)]);
    }

    [Test]
    public void Check_MoreDocumentsThanLimit_ThrowsNamingTheOption()
    {
        var checker = new FactCheckerBuilder().Configure(o => o.MaxDocuments = 2).Build();
        var act = () => checker.Check(Story(3));
        act.Should().Throw<FactCheckInputException>().WithMessage("*MaxDocuments*");
    }

    [Test]
    public void Check_TenThousandArticles_KeepsEveryDocument()
    {
        var docs = StoryGenerator.StoryGenerator.Generate(10_000, 77, new StoryOptions { OddShare = 0.05 }).Documents;
        Valid(docs, bound: TimeSpan.FromSeconds(300));
    }

    internal static string NewsText(int chars)
    {
        var sb = new StringBuilder(chars + 8192);
        for (ulong seed = 1; sb.Length < chars; seed++)
        {
            foreach (var d in StoryGenerator.StoryGenerator.Generate(5, seed, new StoryOptions { Chrome = false }).Documents)
            {
                sb.Append(d.Text.AsSpan(d.BodyStart));
            }
        }

        return sb.ToString();
    }

    private sealed record ConsistencyReportAssert(global::FactCheck.Reporting.ConsistencyReport Report);
}
