using FactCheck.Entities;
using FactCheck.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FactCheck.Tests.Entities;

public class EntityResolverTests
{
    private static readonly EntityResolver Resolver = new();

    /// <summary>Documents with hand-built mentions: (document, name, type[, role]) in order; offsets are made up but increasing.</summary>
    private static List<AnalyzedDocument> Docs(params (string Doc, string Name, EntityType Type)[] mentions) =>
        mentions.GroupBy(m => m.Doc)
            .Select(g => new AnalyzedDocument(new SourceDocument(g.Key, "text"))
            {
                Mentions = g.Select((m, i) => new EntityMention(m.Doc, m.Name, i * 100, (i * 100) + m.Name.Length, m.Type)).ToArray(),
            })
            .ToList();

    private static Entity EntityNamed(EntityResolution r, string name) =>
        r.Entities.Should().ContainSingle(e => e.Variants.Any(v => v.Text == name), $"one entity should carry '{name}'").Subject;

    [Test]
    public void Resolver_FullNameSurnameAndTitledSurname_BecomeOneEntity()
    {
        var docs = Docs(
            ("a", "Marta Quill", EntityType.Person),
            ("a", "Quill", EntityType.Person),
            ("b", "Quill", EntityType.Person),
            ("b", "Marta Quill", EntityType.Person));

        var r = Resolver.Resolve(docs);

        r.Entities.Should().ContainSingle();
        var e = r.Entities[0];
        e.Id.Should().Be("person:marta-quill");
        e.Name.Should().Be("Marta Quill");
        e.Mentions.Select(m => (m.Document, m.Start)).Should().Equal(("a", 0), ("a", 100), ("b", 0), ("b", 100));
        e.Variants.Single(v => v.Text == "Quill").Documents.Should().Equal("a", "b");
    }

    [Test]
    public void Resolver_MiddleInitial_MatchesTheSameGivenAndSurname()
    {
        var r = Resolver.Resolve(Docs(("a", "Patrick J. Leahy", EntityType.Person), ("b", "Patrick Leahy", EntityType.Person), ("b", "Leahy", EntityType.Person)));

        r.Entities.Should().ContainSingle().Which.Mentions.Should().HaveCount(3);
    }

    [Test]
    public void Resolver_MergesMisspelledSurname_WhenEditDistanceIsOne()
    {
        var docs = Docs(
            ("000", "Sergey Kislyak", EntityType.Person),
            ("000", "Kislayak", EntityType.Person),
            ("001", "Kislyak", EntityType.Person),
            ("002", "Sergey Kislyak", EntityType.Person),
            ("004", "Sergey Kisylak", EntityType.Person));

        var r = Resolver.Resolve(docs);

        var e = r.Entities.Should().ContainSingle().Subject;
        e.Name.Should().Be("Sergey Kislyak");
        e.Variants.Where(v => v.Misspelling).Select(v => v.Text).Should().BeEquivalentTo(["Kislayak", "Sergey Kisylak"]);
        r.Findings.Should().HaveCount(2).And.OnlyContain(f => f.Kind == FindingKind.Spelling && f.Severity == Severity.Difference);
        var f1 = r.Findings.Single(f => f.Summary.Contains("'Kislayak'", StringComparison.Ordinal));
        f1.Summary.Should().Be("'Kislayak' in 000 is a misspelling of 'Kislyak'");
        f1.Entities.Should().Equal(e.Id);
        f1.Evidence.Should().HaveCount(2);
        f1.Evidence[0].Value.Should().Be("Kislayak");
        f1.Evidence[1].Document.Should().NotBe("000", "the canonical evidence comes from another outlet when there is one");
        r.Findings.Single(f => f.Summary.Contains("Kisylak", StringComparison.Ordinal)).Summary
            .Should().Be("'Sergey Kisylak' in 004 is a misspelling of 'Sergey Kislyak'");
    }

    [TestCase("Sarah Sanders", "Sarah Flores")]
    [TestCase("Al Franken", "Michael Flynn")]
    [TestCase("Adam Schiff", "Jeff Sessions")]
    [TestCase("Dana Hansen", "Dana Hanson")]
    [TestCase("Lee Cohn", "Lee Cohen")]
    [TestCase("Tom Franke", "Lisa Franken")]
    public void Resolver_LookAlikeSurnames_StayApart(string first, string second)
    {
        var docs = Docs(
            ("a", first, EntityType.Person),
            ("a", first.Split(' ')[^1], EntityType.Person),
            ("b", second, EntityType.Person),
            ("c", second, EntityType.Person),
            ("c", second.Split(' ')[^1], EntityType.Person));

        var r = Resolver.Resolve(docs);

        r.Entities.Should().HaveCount(2);
        r.Findings.Should().BeEmpty();
    }

    [Test]
    public void Resolver_SharedSurnameDifferentGivenNames_StayApartAndBareSurnameFollowsTheNearestNamed()
    {
        var docs = Docs(
            ("a", "Marguerite Okafor", EntityType.Person),
            ("a", "Okafor", EntityType.Person),
            ("a", "Daniel Okafor", EntityType.Person),
            ("b", "Okafor", EntityType.Person),
            ("b", "Marguerite Okafor", EntityType.Person));

        var r = Resolver.Resolve(docs);

        r.Entities.Select(e => e.Name).Should().BeEquivalentTo(["Marguerite Okafor", "Daniel Okafor"]);
        EntityNamed(r, "Marguerite Okafor").Mentions.Should().HaveCount(4);
    }

    [Test]
    public void Resolver_EqualSupportForTwoSpellings_KeepsApartAndLogs()
    {
        var logger = new FakeLogger<EntityResolver>();
        var docs = Docs(("a", "Marwick", EntityType.Person), ("b", "Mawrick", EntityType.Person));

        var r = new EntityResolver(logger).Resolve(docs);

        r.Entities.Should().HaveCount(2);
        logger.Collector.GetSnapshot().Should().Contain(l => l.Level == LogLevel.Information && l.Message.Contains("apart", StringComparison.Ordinal));
    }

    [Test]
    public void Resolver_EqualSupportButSameGivenName_MergesWithLowConfidence()
    {
        var docs = Docs(("a", "Ilse Marwick", EntityType.Person), ("b", "Ilse Mawrick", EntityType.Person));

        var r = Resolver.Resolve(docs);

        r.Entities.Should().ContainSingle().Which.Name.Should().Be("Ilse Marwick");
        r.Findings.Should().ContainSingle().Which.Confidence.Should().BeLessThan(0.6);
    }

    [Test]
    public void Resolver_VowelVariantSurname_MergesAsTiedMisspelling_WhenEachOutletHasOneSpelling()
    {
        var docs = Docs(
            ("a", "Grace Okafor", EntityType.Person),
            ("a", "Okafor", EntityType.Person),
            ("b", "Grace Okafur", EntityType.Person),
            ("b", "Okafur", EntityType.Person));

        var r = Resolver.Resolve(docs);

        r.Entities.Should().ContainSingle().Which.Mentions.Should().HaveCount(4);
        r.Findings.Should().NotBeEmpty().And.OnlyContain(f => f.Kind == FindingKind.Spelling && f.Confidence < 0.6, "neither spelling has more support");
        r.Findings.Should().Contain(f => f.Summary.Contains("'Okafur'", StringComparison.Ordinal));
    }

    [TestCase("Omar Haddad", "Omar Hassad")]
    [TestCase("Grace Okafor", "Paul Okafur")]
    [TestCase("Nina Porter", "Nina Potter")]
    public void Resolver_ConsonantOrOtherPersonLookAlikes_StayApart_WhenEachOutletHasOneSpelling(string first, string second)
    {
        var docs = Docs(
            ("a", first, EntityType.Person),
            ("a", first.Split(' ')[^1], EntityType.Person),
            ("b", second, EntityType.Person),
            ("b", second.Split(' ')[^1], EntityType.Person));

        var r = Resolver.Resolve(docs);

        r.Entities.Should().HaveCount(2);
        r.Findings.Should().BeEmpty();
    }

    [TestCase("Gaddafi", "Qaddafi")]
    [TestCase("Zelenskyy", "Zelensky")]
    public void Resolver_Transliterations_MergeWithANoteNotAMisspelling(string usual, string other)
    {
        var docs = Docs(("a", usual, EntityType.Person), ("b", usual, EntityType.Person), ("c", other, EntityType.Person));

        var r = Resolver.Resolve(docs);

        r.Entities.Should().ContainSingle().Which.Name.Should().Be(usual);
        r.Entities[0].Variants.Should().OnlyContain(v => !v.Misspelling);
        var note = r.Findings.Should().ContainSingle().Subject;
        note.Kind.Should().Be(FindingKind.Spelling);
        note.Severity.Should().Be(Severity.Note, "neither spelling is wrong");
        note.Evidence.Select(e => (e.Document, e.Text)).Should().BeEquivalentTo(new[] { ("c", other), ("a", usual) });
    }

    [Test]
    public void Resolver_OrganizationVariants_Merge()
    {
        var docs = Docs(
            ("a", "Justice Department", EntityType.Organization),
            ("c", "Justice Department", EntityType.Organization),
            ("b", "Department of Justice", EntityType.Organization),
            ("a", "World Health Organization", EntityType.Organization),
            ("b", "WHO", EntityType.Organization),
            ("c", "Senate Judiciary Committee", EntityType.Organization),
            ("c", "Judiciary Committee", EntityType.Organization));

        var r = Resolver.Resolve(docs);

        r.Entities.Select(e => e.Name).Should().BeEquivalentTo(["Justice Department", "World Health Organization", "Senate Judiciary Committee"]);
        EntityNamed(r, "WHO").Id.Should().Be("organization:world-health-organization");
    }

    [Test]
    public void Resolver_PlaceVariants_Merge()
    {
        var r = Resolver.Resolve(Docs(("a", "Kyiv", EntityType.Place), ("b", "KYIV", EntityType.Place), ("c", "Kiev", EntityType.Place), ("c", "U.S.", EntityType.Place), ("a", "United States", EntityType.Place)));

        r.Entities.Should().HaveCount(2);
        EntityNamed(r, "KYIV").Variants.Select(v => v.Text).Should().BeEquivalentTo(["Kyiv", "KYIV", "Kiev"]);
        EntityNamed(r, "U.S.").Name.Should().Be("United States");
    }

    [Test]
    public void Resolver_BareOtherWordMatchingAPersonSurname_JoinsThePerson()
    {
        var r = Resolver.Resolve(Docs(("a", "Ines Okonjo", EntityType.Person), ("b", "Okonjo", EntityType.Other)));

        var e = r.Entities.Should().ContainSingle().Subject;
        e.Type.Should().Be(EntityType.Person);
        e.Mentions.Should().OnlyContain(m => m.Type == EntityType.Person);
        r.EntityAt("b", 0).Should().BeSameAs(e);
    }

    [Test]
    public void Resolver_Roles_AreKeptPerDocumentAndDeduplicated()
    {
        var doc = new AnalyzedDocument(new SourceDocument("a", "text"))
        {
            Mentions =
            [
                new EntityMention("a", "Sen. Ada Brinkley", 0, 17, EntityType.Person) { Name = "Ada Brinkley", Role = new RoleMention("a", "Sen.", 0, 4), Affiliation = "D-Minn." },
                new EntityMention("a", "Sen. Brinkley", 50, 63, EntityType.Person) { Name = "Brinkley", Role = new RoleMention("a", "Sen.", 50, 54) },
            ],
        };
        var other = new AnalyzedDocument(new SourceDocument("b", "text"))
        {
            Mentions = [new EntityMention("b", "Ada Brinkley", 5, 17, EntityType.Person) { Role = new RoleMention("b", "a Minnesota Democrat", 19, 39) }],
        };

        var e = Resolver.Resolve([other, doc]).Entities.Single();

        e.Roles.Select(r => (r.Document, r.Text)).Should().Equal(("a", "Sen."), ("b", "a Minnesota Democrat"));
        e.Affiliations.Should().Equal("D-Minn.");
    }

    [Test]
    public void Resolver_InputOrder_DoesNotChangeTheResult()
    {
        var docs = Docs(
            ("a", "Marta Quill", EntityType.Person),
            ("b", "Quill", EntityType.Person),
            ("b", "Denver", EntityType.Place),
            ("c", "Budget Committee", EntityType.Organization),
            ("c", "Marta Quil", EntityType.Person));

        var forward = Resolver.Resolve(docs);
        var backward = Resolver.Resolve(docs.AsEnumerable().Reverse().ToList());

        backward.Entities.Select(e => e.Id).Should().Equal(forward.Entities.Select(e => e.Id));
        forward.Entities.Select(e => e.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        backward.Findings.Select(f => f.Id).Should().Equal(forward.Findings.Select(f => f.Id));
    }

    [Test]
    public void Resolver_ManyMentions_ScalesNearLinearly()
    {
        var rng = new Random(7);
        string Word() => new(Enumerable.Range(0, 7).Select(_ => (char)('a' + rng.Next(26))).ToArray());
        var mentions = Enumerable.Range(0, 10000).Select(i => ($"d{i % 50:D2}", "Ann " + char.ToUpperInvariant(Word()[0]) + Word(), EntityType.Person)).ToArray();

        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = Resolver.Resolve(Docs(mentions));
        sw.Stop();

        r.Entities.Count.Should().BeGreaterThan(9000);
        // Generous bound: the machine is shared; an all-pairs comparison of 10,000 surnames would take far longer.
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }
}
