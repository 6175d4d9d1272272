using System.Diagnostics;
using System.Globalization;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Tests.Claims;

namespace FactCheck.Tests.Alignment;

public class ClaimAlignerTests
{
    private static HandDoc Doc(string id, string text) => new HandDoc(id, text)
        .Person("Lena Varga", "person:lena-varga").Person("Varga", "person:lena-varga")
        .Person("Tomas Reyes", "person:tomas-reyes").Person("Reyes", "person:tomas-reyes")
        .Person("Ada Finch", "person:ada-finch").Person("Finch", "person:ada-finch")
        .Org("Harbor Ledger", "organization:harbor-ledger");

    [Test]
    public void Align_SameContactInThreeOutlets_GivesOneFactWithEveryOutlet()
    {
        var (_, _, _, facts) = HandCluster.Align(
            Doc("a", "Mayor Lena Varga met Tomas Reyes twice last year."),
            Doc("b", "Varga met with Reyes in April at a fundraiser."),
            Doc("c", "Reyes also spoke with Varga in June, aides said."),
            Doc("d", "Varga said Reyes was a friend."));
        var contact = facts.Single(f => f.Frame == "contact");
        contact.StatedIn.Should().Equal("a", "b", "c");
        contact.OmittedBy.Should().Equal("d");
        contact.Status.Should().Be(FactStatus.Complementary);
        contact.Evidence.Should().HaveCount(3).And.OnlyContain(e => e.Text.Length > 0);
    }

    [Test]
    public void Align_ContactsOfDifferentPairs_StayApart()
    {
        var (_, _, _, facts) = HandCluster.Align(
            Doc("a", "Mayor Lena Varga met Tomas Reyes twice last year."),
            Doc("b", "Ada Finch met Tomas Reyes at the harbor."));
        facts.Where(f => f.Frame == "contact").Should().HaveCount(2).And.OnlyContain(f => f.Status == FactStatus.SingleSource);
    }

    [Test]
    public void Align_UnnamedFiguresInOneUnitAboutTheSameThing_AreOneFact()
    {
        // "petition" stands too far from the number for the clause window; the unit and the shared noun decide.
        var (_, _, _, facts) = HandCluster.Align(
            Doc("a", "A petition asking the council to keep the ferry running had gathered at least 150 signatures by Friday."),
            Doc("b", "The petition against the closure now has more than 400 signatures."));
        var figures = facts.Where(f => f.Frame == "quantity").ToArray();
        figures.Should().ContainSingle();
        figures[0].StatedIn.Should().Equal("a", "b");
    }

    [Test]
    public void Align_UnnamedFiguresInOneUnitAboutDifferentThings_StayApart()
    {
        var (_, _, _, facts) = HandCluster.Align(
            Doc("a", "The blaze near the reservoir burned at least 300 acres of forest overnight."),
            Doc("b", "The county later bought 40 acres of farmland for a new shelter."));
        facts.Where(f => f.Frame == "quantity").Should().HaveCount(2).And.OnlyContain(f => f.Status == FactStatus.SingleSource);
    }

    [Test]
    public void Align_AllOutletsCreditTheSameSource_MarksSharedSource()
    {
        var (_, _, _, facts) = HandCluster.Align(
            Doc("a", "Varga met Reyes twice, according to the Harbor Ledger."),
            Doc("b", "Varga twice met with Reyes, the Harbor Ledger reported."));
        var contact = facts.Single(f => f.Frame == "contact");
        contact.SharedSource.Should().Be("Harbor Ledger");
        contact.Status.Should().Be(FactStatus.Agreed);
    }

    [Test]
    public void Align_DifferentCreditedSources_HasNoSharedSource()
    {
        var (_, _, _, facts) = HandCluster.Align(
            Doc("a", "Varga met Reyes twice, according to the Harbor Ledger."),
            Doc("b", "Varga twice met with Reyes, according to two city officials."));
        facts.Single(f => f.Frame == "contact").SharedSource.Should().BeNull();
    }

    [Test]
    public void Align_DemandsOfTheSamePerson_AlignByDemand()
    {
        var (_, _, _, facts) = HandCluster.Align(
            Doc("a", "Ada Finch called on Varga to resign."),
            Doc("b", "Finch demanded Varga's resignation on Tuesday."),
            Doc("c", "Finch said Varga should recuse herself from the vote."));
        facts.Where(f => f.Frame == "demand").Select(f => (f.Summary, f.StatedIn.Count)).Should().BeEquivalentTo(new[]
        {
            ("Ada Finch called for Lena Varga's resignation.", 2),
            ("Ada Finch called for Lena Varga's recusal.", 1),
        });
    }

    [Test]
    public void Align_InputInAnyOrder_GivesTheSameFactsInTheSameOrder()
    {
        var docs = new[]
        {
            Doc("a", "Mayor Lena Varga met Tomas Reyes twice last year. Ada Finch called on Varga to resign."),
            Doc("b", "Varga met with Reyes in April. Finch demanded Varga's resignation."),
        };
        var first = HandCluster.Align(docs).Facts.Select(f => f.Id).ToArray();
        var (builtDocs, entities, claims, _) = HandCluster.Align(docs);
        var reversed = new ClaimAligner().Align(claims.Reverse().ToArray(), builtDocs, entities).Select(f => f.Id).ToArray();
        reversed.Should().Equal(first);
    }

    [Test]
    public void Align_ManyClaims_GrowsNearLinearly()
    {
        static Claim[] Make(int docs)
        {
            var claims = new List<Claim>();
            for (var d = 0; d < docs; d++)
            {
                var doc = "d" + d.ToString("D5", CultureInfo.InvariantCulture);
                for (var s = 0; s < 20; s++)
                {
                    var e1 = "person:p" + ((d + s) % 300).ToString(CultureInfo.InvariantCulture);
                    var e2 = "person:q" + (s % 40).ToString(CultureInfo.InvariantCulture);
                    var text = $"Person {e1} met {e2} at venue {s} on day {d % 17}.";
                    claims.Add(new Claim($"{doc}#{s}.0", doc, s, s * 100, s * 100 + text.Length, s % 2 == 0 ? "contact" : "generic", text,
                    [
                        new ClaimArgument("participant", "x", 0, 1, e1), new ClaimArgument("participant", "y", 0, 1, e2),
                        new ClaimArgument("entity", "x", 0, 1, e1), new ClaimArgument("entity", "y", 0, 1, e2),
                    ]));
                }
            }

            return [.. claims];
        }

        var aligner = new ClaimAligner();
        var small = Make(120);
        var large = Make(480);
        aligner.Align(small, [], FactCheck.Entities.EntityResolution.Empty);
        var sw = Stopwatch.StartNew();
        aligner.Align(small, [], FactCheck.Entities.EntityResolution.Empty);
        var tSmall = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var facts = aligner.Align(large, [], FactCheck.Entities.EntityResolution.Empty);
        var tLarge = sw.Elapsed.TotalMilliseconds;
        facts.Should().NotBeEmpty();

        // Four times the claims: quadratic would be ~16x; allow generous noise on a shared machine.
        tLarge.Should().BeLessThan(Math.Max(tSmall, 20) * 9);
    }
}
