using FactCheck.Alignment;
using FactCheck.Conflicts;
using FactCheck.Demo;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Tests.Support;

namespace FactCheck.Tests.Reporting;

/// <summary>
/// The bundled sample story with the report a reader should expect from it, written by hand: the documents
/// come from the real pipeline (offsets into the real files), the entities, facts, findings and stances are
/// the sample's planted discrepancies (see src/FactCheck.Demo/Sample/README.md). Used as the worked example
/// in the browser test and for docs/sample-report.png, independent of how far the stages have come.
/// </summary>
internal static class SampleStoryReport
{
    public static IReadOnlyList<SourceDocument> Documents() => InputReader.Read([RepoPaths.SampleDirectory]);

    /// <summary>The sample as the pipeline reports it today.</summary>
    public static ConsistencyReport FromPipeline() => FactChecker.CreateDefault().Check(Documents());

    public static ConsistencyReport Expected()
    {
        var docs = Documents().ToDictionary(d => d.Id, StringComparer.Ordinal);
        var pipeline = FactChecker.CreateDefault().Check(docs.Values);
        Evidence Ev(string doc, string part, string? value = null, int occurrence = 0)
        {
            var text = docs[doc].Text;
            var i = -1;
            for (var n = 0; n <= occurrence; n++)
            {
                i = text.IndexOf(part, i + 1, StringComparison.Ordinal);
                if (i < 0)
                {
                    throw new ArgumentException($"'{part}' is not in {doc}.");
                }
            }

            return new Evidence(doc, part, i, i + part.Length, value);
        }

        Entity Person(string name, EntityType type, (string Doc, string Text, bool Miss)[] spellings, (string Doc, string Role)[] roles)
        {
            var mentions = new List<EntityMention>();
            foreach (var (doc, text, _) in spellings)
            {
                var body = docs[doc].Text;
                for (var i = body.IndexOf(text, docs[doc].BodyStart, StringComparison.Ordinal); i >= 0; i = body.IndexOf(text, i + text.Length, StringComparison.Ordinal))
                {
                    mentions.Add(new EntityMention(doc, text, i, i + text.Length, type));
                }
            }

            var variants = spellings.GroupBy(s => s.Text)
                .Select(g => new EntityVariant(g.Key, [.. g.Select(s => s.Doc).Order(StringComparer.Ordinal)], g.First().Miss)).ToArray();
            var roleMentions = roles.Select(r => Ev(r.Doc, r.Role)).Select(e => new RoleMention(e.Document, e.Text, e.Start, e.End)).ToArray();
            var id = (type == EntityType.Person ? "person:" : type == EntityType.Organization ? "organization:" : "place:") + name.ToLowerInvariant().Replace(' ', '-');
            return new Entity(id, type, name, variants, [.. mentions.OrderBy(m => m.Document, StringComparer.Ordinal).ThenBy(m => m.Start)], roleMentions, []);
        }

        var ashgrove = Person("Corwin Ashgrove", EntityType.Person,
            [("beacon", "Corwin Ashgrove", false), ("coastline", "Corwin Ashgrove", false), ("harborwatch", "Corwin Ashgrove", false), ("ledger", "Corwin Ashgrove", false)],
            [("ledger", "Dunmere Port Authority chair"), ("coastline", "who chairs the Dunmere Port Authority"), ("harborwatch", "port chair"), ("beacon", "a former harbour pilot")]);
        var balan = Person("Teodor Balan", EntityType.Person,
            [("beacon", "Teodor Balan", false), ("harborwatch", "Teodor Balan", false), ("ledger", "Teodor Balan", false), ("coastline", "Teodor Balen", true)],
            [("ledger", "the chief executive of Balan Maritime"), ("coastline", "the founder and chairman of Balan Maritime"), ("harborwatch", "Balan Maritime chief executive")]);
        var okonkwo = Person("Mira Okonkwo", EntityType.Person,
            [("ledger", "Mira Okonkwo", false), ("harborwatch", "Mira Okonkwo", false)],
            [("ledger", "a spokeswoman for the port authority"), ("harborwatch", "the authority's communications director")]);
        var castellanos = Person("Priya Castellanos", EntityType.Person,
            [("ledger", "Priya Castellanos", false), ("harborwatch", "Priya Castellanos", false), ("beacon", "Priya Castellanos", false)],
            [("ledger", "City Councilwoman"), ("beacon", "Councilwoman")]);
        var hale = Person("Dermot Hale", EntityType.Person,
            [("ledger", "Dermot Hale", false), ("coastline", "Dermot Hale", false), ("harborwatch", "Dermot Hale", false), ("beacon", "Dermot Hale", false)],
            [("ledger", "Councilman")]);
        var whitcombe = Person("Alma Whitcombe", EntityType.Person,
            [("coastline", "Alma Whitcombe", false), ("beacon", "Alma Whitcombe", false)], [("coastline", "State Sen.")]);
        var farrow = Person("Lionel Farrow", EntityType.Person,
            [("ledger", "Lionel Farrow", false), ("coastline", "Lionel Farrow", false), ("beacon", "Lionel Farrow", false)],
            [("ledger", "deputy chair"), ("beacon", "His former deputy")]);
        var authority = Person("Dunmere Port Authority", EntityType.Organization,
            [("ledger", "Dunmere Port Authority", false), ("coastline", "Dunmere Port Authority", false)], []);
        var firm = Person("Balan Maritime", EntityType.Organization,
            [("ledger", "Balan Maritime", false), ("coastline", "Balan Maritime", false), ("harborwatch", "Balan Maritime", false), ("beacon", "Balan Maritime", false)], []);

        var findings = new List<Finding>
        {
            new("finding-vote-day", FindingKind.Date, Severity.Contradiction, 0.9,
                "The board's single vote on the dredging contract is dated Tuesday, March 3 by two outlets and Thursday, March 5 by another.",
                [ashgrove.Id], [Ev("ledger", "voted Tuesday", "2026-03-03"), Ev("harborwatch", "Tuesday, March 3, 2026", "2026-03-03"), Ev("coastline", "vote on Thursday", "2026-03-05")]),
            new("finding-farrow", FindingKind.Characterization, Severity.Contradiction, 0.8,
                "Lionel Farrow's departure is described as a resignation, a firing and being forced out.",
                [farrow.Id], [Ev("ledger", "Lionel Farrow resigned", "resigned"), Ev("coastline", "Lionel Farrow was fired by the board", "fired"), Ev("beacon", "Lionel Farrow, was forced out by the board", "forced out")]),
            new("finding-balan-spelling", FindingKind.Spelling, Severity.Difference, 0.95,
                "Coastline Public Radio spells Teodor Balan as \"Teodor Balen\".",
                [balan.Id], [Ev("coastline", "Teodor Balen", "Teodor Balen"), Ev("ledger", "Teodor Balan", "Teodor Balan")]),
            new("finding-quote", FindingKind.QuoteWording, Severity.Difference, 0.85,
                "Ashgrove's denial reads \"a contract\" in one outlet and \"any contract\" in another.",
                [ashgrove.Id], [Ev("ledger", "I never discussed a contract with anyone from Balan Maritime", "a"), Ev("coastline", "I never discussed any contract with anyone from Balan Maritime", "any")]),
            new("finding-attribution", FindingKind.Attribution, Severity.Difference, 0.8,
                "The same words are credited to spokeswoman Mira Okonkwo in one outlet and to an anonymous official in another.",
                [okonkwo.Id], [Ev("ledger", "said Mira Okonkwo"), Ev("coastline", "an official at the port authority said")]),
            new("finding-okonkwo-title", FindingKind.RoleTitle, Severity.Difference, 0.7,
                "Mira Okonkwo is called a spokeswoman in one outlet and the communications director in another.",
                [okonkwo.Id], [Ev("ledger", "a spokeswoman for the port authority"), Ev("harborwatch", "the authority's communications director")]),
            new("finding-balan-title", FindingKind.RoleTitle, Severity.Difference, 0.7,
                "Teodor Balan is the chief executive of Balan Maritime in two outlets and its founder and chairman in another.",
                [balan.Id], [Ev("ledger", "the chief executive of Balan Maritime"), Ev("coastline", "the founder and chairman of Balan Maritime")]),
            new("finding-petition", FindingKind.Number, Severity.Difference, 0.75,
                "The petition's count grows from at least 200 to some 340 signatures; lower bounds reported at different times are compatible.",
                [], [Ev("ledger", "at least 200 signatures", ">=200"), Ev("coastline", "some 340 signatures", "~340"), Ev("beacon", "more than 300 signatures", ">300")]),
            new("finding-hale", FindingKind.StanceCoverage, Severity.Difference, 0.75,
                "Three outlets report that Dermot Hale asked Ashgrove to recuse himself; The Evening Beacon reports that he called for resignation.",
                [hale.Id, ashgrove.Id], [Ev("ledger", "Ashgrove should recuse himself"), Ev("coastline", "repeated his call for Ashgrove to recuse himself"), Ev("beacon", "both called on Ashgrove to resign")]),
            new("finding-crawl-date", FindingKind.PublicationDate, Severity.Note, 0.9,
                "Harbor Watch Daily's page date, 19 August 2033, is years after the events it reports as this week's.",
                [], [Ev("harborwatch", "2033-08-19", "2033-08-19"), Ev("harborwatch", "this week", "2026-W10")]),
        };

        var facts = new List<AlignedFact>
        {
            new("fact-vote", "event", "The authority's board voted to award the dredging contract to Balan Maritime.", FactStatus.Contradicting,
                ["coastline", "harborwatch", "ledger"], ["beacon"],
                [Ev("coastline", "The board's vote on Thursday to hand the dredging contract to Balan Maritime was its only vote on the matter."),
                 Ev("harborwatch", "The authority's board approved the $14 million dredging contract in a vote on Tuesday, March 3, 2026."),
                 Ev("ledger", "The authority's board voted Tuesday to award the $14 million contract to Balan Maritime.")]),
            new("fact-meetings", "contact", "Ashgrove met Teodor Balan twice in 2025.", FactStatus.Complementary,
                ["beacon", "coastline", "harborwatch", "ledger"], [],
                [Ev("beacon", "he twice met the head of Balan Maritime"),
                 Ev("coastline", "met shipping executive Teodor Balen on two occasions in 2025"),
                 Ev("coastline", "One of the meetings was held in June in Ashgrove's office at the port.", "2025-06"),
                 Ev("harborwatch", "he met Balan Maritime chief executive Teodor Balan twice in 2025"),
                 Ev("ledger", "The most recent meeting took place in October", "2025-10")]),
            new("fact-farrow", "departure", "Deputy chair Lionel Farrow left the authority last month.", FactStatus.Contradicting,
                ["beacon", "coastline", "ledger"], ["harborwatch"],
                [Ev("beacon", "His former deputy, Lionel Farrow, was forced out by the board last month."),
                 Ev("coastline", "when Lionel Farrow was fired by the board"),
                 Ev("ledger", "deputy chair Lionel Farrow resigned over an unrelated expense dispute")]),
            new("fact-petition", "quantity", "A petition against the contract gathered signatures.", FactStatus.Differing,
                ["beacon", "coastline", "ledger"], ["harborwatch"],
                [Ev("beacon", "more than 300 signatures", ">300"), Ev("coastline", "some 340 signatures", "~340"), Ev("ledger", "at least 200 signatures", ">=200")]),
            new("fact-regatta", "statement", "Balan told the Beacon the men talked only about a sailing regatta.", FactStatus.SingleSource,
                ["beacon"], ["coastline", "harborwatch", "ledger"],
                [Ev("beacon", "the two men had talked only about a sailing regatta the firm sponsors")]),
        };

        var stances = new List<Stance>
        {
            new(castellanos.Id, "resign", "ledger", Ev("ledger", "City Councilwoman Priya Castellanos called on Ashgrove to resign.")),
            new(castellanos.Id, "resign", "harborwatch", Ev("harborwatch", "Councilwoman Priya Castellanos said Ashgrove must resign")),
            new(castellanos.Id, "resign", "beacon", Ev("beacon", "Councilwoman Priya Castellanos and Councilman Dermot Hale both called on Ashgrove to resign.")),
            new(hale.Id, "recuse", "ledger", Ev("ledger", "Councilman Dermot Hale said Ashgrove should recuse himself")),
            new(hale.Id, "recuse", "coastline", Ev("coastline", "Councilman Dermot Hale repeated his call for Ashgrove to recuse himself.")),
            new(hale.Id, "recuse", "harborwatch", Ev("harborwatch", "saying only that Ashgrove should recuse himself from the contract")),
            new(hale.Id, "resign", "beacon", Ev("beacon", "Councilwoman Priya Castellanos and Councilman Dermot Hale both called on Ashgrove to resign.")),
            new(whitcombe.Id, "independent-inquiry", "coastline", Ev("coastline", "State Sen. Alma Whitcombe called for an independent inquiry")),
            new(whitcombe.Id, "independent-inquiry", "beacon", Ev("beacon", "State Sen. Alma Whitcombe said an independent inquiry was needed.")),
        };

        var documents = pipeline.Documents.Select(d => d.Id == "harborwatch"
            ? d with { Published = "2026-03-05", PublishedBasis = PublishedBasis.Inferred, PublishedDoubted = true }
            : d).ToArray();
        return new ConsistencyReport(
            ConsistencyReport.CurrentSchemaVersion,
            documents,
            [.. new[] { ashgrove, balan, okonkwo, castellanos, hale, whitcombe, farrow, authority, firm }.OrderBy(e => e.Id, StringComparer.Ordinal)],
            facts,
            [.. findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Kind).ThenBy(f => f.Id, StringComparer.Ordinal)],
            stances);
    }
}
