using FactCheck.Alignment;
using FactCheck.Conflicts;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Reporting;

namespace FactCheck.Tests.Reporting;

/// <summary>
/// A report built by hand (not by the pipeline) that surely has findings of several kinds, an aligned fact,
/// a stance matrix and evidence, including an article whose text carries markup that must stay inert.
/// </summary>
internal static class HandBuiltReports
{
    public const string HostileMarkup = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

    public static readonly string CourierText =
        "Skip to content\n" +
        "Mayor Lena Brandt met the harbour board twice, in March and in May, her office said.\n" +
        "The council voted on Tuesday to freeze the ferry budget | pending review.\n" +
        "\"We have no secret plan,\" said Ada Quist, a spokeswoman for the mayor.\n" +
        "Councillor Tom Reyes called on Brandt to resign.\n";

    public static readonly string HeraldText =
        "Mayor Lena Brandtt met the harbour board in May.\n" +
        "The council voted on Thursday to freeze the ferry budget.\n" +
        "\"We have no secret plan at all,\" an official said.\n" +
        "Reyes demanded that Brandt recuse herself. " + HostileMarkup + "\n";

    public static ConsistencyReport Build()
    {
        var docs = new[]
        {
            new ReportDocument("courier", "Lakeside Courier", "2031-04-02", PublishedBasis.Metadata, false,
                [Time(CourierText, "courier", "Tuesday", "2031-04-01")])
            { Title = "Budget vote <b>splits</b> council", KeptLines = 4, DroppedLines = 1, SentenceCount = 4, QuoteCount = 1, Text = CourierText },
            new ReportDocument("herald", "Valley Herald", null, PublishedBasis.None, true,
                [Time(HeraldText, "herald", "Thursday", "2031-04-03")])
            { Title = null, KeptLines = 4, DroppedLines = 0, SentenceCount = 5, QuoteCount = 1, Text = HeraldText },
        };

        var brandt = new Entity(
            "person:lena-brandt",
            EntityType.Person,
            "Lena Brandt",
            [new EntityVariant("Lena Brandt", ["courier"], false), new EntityVariant("Lena Brandtt", ["herald"], true)],
            [
                new EntityMention("courier", "Lena Brandt", At(CourierText, "Lena Brandt"), At(CourierText, "Lena Brandt") + 11, EntityType.Person) { Name = "Lena Brandt" },
                new EntityMention("herald", "Lena Brandtt", At(HeraldText, "Lena Brandtt"), At(HeraldText, "Lena Brandtt") + 12, EntityType.Person),
            ],
            [new RoleMention("courier", "Mayor", At(CourierText, "Mayor"), At(CourierText, "Mayor") + 5)],
            []);
        var reyes = new Entity(
            "person:tom-reyes",
            EntityType.Person,
            "Tom Reyes",
            [new EntityVariant("Tom Reyes", ["courier"], false), new EntityVariant("Reyes", ["herald"], false)],
            [new EntityMention("courier", "Tom Reyes", At(CourierText, "Tom Reyes"), At(CourierText, "Tom Reyes") + 9, EntityType.Person)],
            [new RoleMention("courier", "Councillor", At(CourierText, "Councillor"), At(CourierText, "Councillor") + 10)],
            []);

        var vote = new AlignedFact(
            "fact-vote",
            "event",
            "The council voted to freeze the ferry budget.",
            FactStatus.Contradicting,
            ["courier", "herald"],
            [],
            [Ev("courier", CourierText, "The council voted on Tuesday to freeze the ferry budget | pending review."),
             Ev("herald", HeraldText, "The council voted on Thursday to freeze the ferry budget.")]);
        var meeting = new AlignedFact(
            "fact-meeting",
            "contact",
            "Brandt met the harbour board twice.",
            FactStatus.SingleSource,
            ["courier"],
            ["herald"],
            [Ev("courier", CourierText, "Mayor Lena Brandt met the harbour board twice, in March and in May, her office said.")]);

        var findings = new[]
        {
            new Finding("finding-date", FindingKind.Date, Severity.Contradiction, 0.9, "The outlets give different days for the single budget vote.",
                [], [Ev("courier", CourierText, "Tuesday", "2031-04-01"), Ev("herald", HeraldText, "Thursday", "2031-04-03")]),
            new Finding("finding-spelling", FindingKind.Spelling, Severity.Difference, 0.85, "Valley Herald spells Lena Brandt as \"Lena Brandtt\".",
                ["person:lena-brandt"], [Ev("courier", CourierText, "Lena Brandt"), Ev("herald", HeraldText, "Lena Brandtt")]),
            new Finding("finding-hostile", FindingKind.Attribution, Severity.Note, 0.5, "A finding whose evidence carries markup " + HostileMarkup,
                [], [Ev("herald", HeraldText, HostileMarkup)]),
        };

        var stances = new[]
        {
            new Stance("person:tom-reyes", "resign", "courier", Ev("courier", CourierText, "Councillor Tom Reyes called on Brandt to resign.")),
            new Stance("person:tom-reyes", "recuse", "herald", Ev("herald", HeraldText, "Reyes demanded that Brandt recuse herself.")) { Conditional = true },
        };

        return new ConsistencyReport(ConsistencyReport.CurrentSchemaVersion, docs, [brandt, reyes], [vote, meeting], findings, stances);
    }

    /// <summary>
    /// <see cref="Build"/> plus a quote-wording finding: the spokeswoman's quote as each outlet words it
    /// (the herald adds "at all").
    /// </summary>
    public static ConsistencyReport WithQuoteWording()
    {
        var report = Build();
        var quote = new Finding("finding-quote", FindingKind.QuoteWording, Severity.Difference, 0.8, "The quote is worded differently.", [],
            [Ev("courier", CourierText, "We have no secret plan,"), Ev("herald", HeraldText, "We have no secret plan at all,")]) { Rule = "quote-wording" };
        return report with { Findings = [.. report.Findings, quote] };
    }

    public static int At(string text, string part)
    {
        var i = text.IndexOf(part, StringComparison.Ordinal);
        return i >= 0 ? i : throw new ArgumentException($"'{part}' is not in the text.", nameof(part));
    }

    private static Evidence Ev(string doc, string text, string part, string? value = null)
    {
        var i = At(text, part);
        return new Evidence(doc, part, i, i + part.Length, value);
    }

    private static ReportTimeExpression Time(string text, string doc, string part, string value)
    {
        _ = doc;
        var i = At(text, part);
        return new ReportTimeExpression(part, i, i + part.Length, value);
    }
}
