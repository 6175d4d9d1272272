using FactCheck.Entities;
using FactCheck.Ingestion;

namespace FactCheck.Tests.Entities;

/// <summary>Recognition and resolution that use clues from the whole cluster: outlets, other articles' names, business heads.</summary>
public class EntityClusterCluesTests
{
    private static EntityResolution Resolve(params SourceDocument[] sources) =>
        new EntityResolver().Resolve(EntityTestSupport.Recognize(sources));

    private static SourceDocument Doc(string id, string text, string? outlet = null) => new(id, text) { Outlet = outlet };

    private static Entity Named(EntityResolution r, string name) =>
        r.Entities.Should().ContainSingle(e => e.Variants.Any(v => v.Text == name), $"one entity should carry '{name}' among: {string.Join(", ", r.Entities.Select(e => e.Id))}").Subject;

    [TestCase("Halvorsen Freight")]
    [TestCase("Kettering Maritime")]
    [TestCase("Ostrander Brothers")]
    [TestCase("Pellow Realty")]
    public void Recognize_SurnameAndBusinessHead_IsAnOrganization(string company)
    {
        var doc = EntityTestSupport.Lines("a", $"The council gave the contract to {company}, whose founder Ingrid Saltash said she was pleased.");

        var mentions = new EntityRecognizer().Recognize(doc);

        mentions.Should().ContainSingle(m => m.Name == company).Which.Type.Should().Be(EntityType.Organization);
        mentions.Should().ContainSingle(m => m.Name == "Ingrid Saltash").Which.Type.Should().Be(EntityType.Person);
    }

    [Test]
    public void Resolve_CompanyNamedAfterItsOwner_KeepsCompanyAndOwnerApart()
    {
        var r = Resolve(
            Doc("a", "Kettering Maritime chief executive Osric Kettering met the mayor twice."),
            Doc("b", "Osric Kettering, the founder of Kettering Maritime, declined to comment. Kettering said later he had done nothing wrong."));

        Named(r, "Osric Kettering").Type.Should().Be(EntityType.Person);
        Named(r, "Kettering Maritime").Type.Should().Be(EntityType.Organization);
        Named(r, "Kettering").Id.Should().Be("person:osric-kettering");
    }

    [Test]
    public void Resolve_SameGivenNameOneReplacedLetter_MergesAndReportsTheSpelling()
    {
        var r = Resolve(
            Doc("a", "Ottilie Varnum, the owner of Varnum Textiles, met the mayor in May."),
            Doc("b", "The mayor met Ottilie Varnum, who runs Varnum Textiles, in May."),
            Doc("c", "Mill owner Ottilie Vernum met the mayor in May.\nVarnum did not respond to a request for comment."));

        var person = Named(r, "Ottilie Varnum");
        person.Variants.Should().ContainSingle(v => v.Text == "Ottilie Vernum").Which.Misspelling.Should().BeTrue();
        Named(r, "Varnum Textiles").Type.Should().Be(EntityType.Organization);
        var finding = r.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Spelling).Subject;
        finding.Summary.Should().Be("'Ottilie Vernum' in c is a misspelling of 'Ottilie Varnum'");
        var wrong = finding.Evidence[0];
        wrong.Text.Should().Be("Ottilie Vernum", "the evidence marks the name, not the title before it");
        "Mill owner Ottilie Vernum met the mayor in May."[wrong.Start..wrong.End].Should().Be("Ottilie Vernum");
    }

    [Test]
    public void Resolve_ReplacedLetterUsedConsistentlyByOneOutlet_StaysApart()
    {
        var r = Resolve(
            Doc("a", "Ottilie Varnum said the mill would stay open."),
            Doc("b", "Ottilie Varnum said the mill would stay open."),
            Doc("c", "Ottilie Vernum said the mill would stay open.\nVernum added that wages would rise."));

        r.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Should().BeEquivalentTo(["Ottilie Varnum", "Ottilie Vernum"]);
        r.Findings.Should().BeEmpty();
    }

    [Test]
    public void Resolve_ReplacedLetterWithDifferentGivenNames_StaysApart()
    {
        var r = Resolve(
            Doc("a", "Ottilie Varnum said the mill would stay open."),
            Doc("b", "Ottilie Varnum said the mill would stay open."),
            Doc("c", "Bertram Vernum said the mill would close."));

        r.Entities.Where(e => e.Type == EntityType.Person).Should().HaveCount(2);
        r.Findings.Should().BeEmpty();
    }

    [Test]
    public void Resolve_OutletShortFormAfterThe_IsTheOutletFromTheMetadata()
    {
        var r = Resolve(
            Doc("lantern", "Mayor Gwen Astley told the Lantern that the plan was final.", "The Morning Lantern"),
            Doc("courier", "Mayor Gwen Astley said the plan was final, the Morning Lantern reported.", "Fenwick Courier"));

        var outlet = r.Entities.Should().ContainSingle(e => e.Type == EntityType.Organization).Subject;
        outlet.Name.Should().Be("The Morning Lantern");
        outlet.Mentions.Select(m => (m.Document, m.Text)).Should().BeEquivalentTo([("courier", "Morning Lantern"), ("lantern", "Lantern")]);
        r.Entities.Should().NotContain(e => e.Type == EntityType.Other);
    }

    [Test]
    public void Resolve_SentenceInitialCommonWordOnly_IsNoEntity()
    {
        var r = Resolve(
            Doc("a", "Momentum grew on Tuesday for a recall of Mayor Gwen Astley."),
            Doc("b", "Mayor Gwen Astley faces a recall vote."));

        r.Entities.Select(e => e.Name).Should().Equal("Gwen Astley");
    }

    [Test]
    public void Resolve_LoneWordAlsoCapitalizedMidSentence_IsKept()
    {
        var r = Resolve(
            Doc("a", "Quorvex was founded in a garage."),
            Doc("b", "Investors said Quorvex was growing."));

        r.Entities.Should().ContainSingle(e => e.Name == "Quorvex");
    }

    [Test]
    public void Recognize_BareWordBeforeCivicNoun_IsAPlace()
    {
        var mentions = new EntityRecognizer().Recognize(EntityTestSupport.Lines("a", "Kelbrook council members voted on Monday, and pressure grew on the Kelbrook port chair."));

        mentions.Where(m => m.Name == "Kelbrook").Should().HaveCount(2).And.OnlyContain(m => m.Type == EntityType.Place);
    }

    [Test]
    public void Recognize_PossessiveAfterLocative_IsThePersonNotAPlace()
    {
        var mentions = new EntityRecognizer().Recognize(EntityTestSupport.Lines("a", "Maeve Tollan met him in June.\nThe meeting was held in Tollan's office at the port."));

        mentions.Where(m => m.Name == "Tollan").Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Test]
    public void Resolve_LocativeGuessInAnotherOutletMatchingASurname_JoinsThePerson()
    {
        var r = Resolve(
            Doc("a", "Maeve Tollan chairs the port board."),
            Doc("b", "The two men met at Tollan on the waterfront."));

        r.Entities.Should().ContainSingle().Which.Id.Should().Be("person:maeve-tollan");
        r.Entities[0].Mentions.Should().HaveCount(2);
    }
}
