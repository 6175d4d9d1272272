using FactCheck.Languages;
using System.Globalization;
using System.Text;
using FactCheck.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Entities;

/// <summary>
/// Default <see cref="IEntityResolver"/>: groups mentions into one entity per referent across the cluster.
/// </summary>
/// <remarks>
/// <para>People: full names group by surname and first given name (initials match a unique given name); a bare
/// surname or title + surname joins the one person of that surname (preferring one named in the same document);
/// surnames that differ by one inserted letter or one swap of neighbours (or by transliteration conventions) merge
/// only when the given names agree and one spelling clearly has more support. A false merge is worse than a missed
/// variant, so every doubtful pair stays apart and is logged.</para>
/// <para>Organizations and places: normalized names, a variants list ("Kiev" = "Kyiv"), "Department of X" =
/// "X Department", acronyms of a unique long name ("WHO"), and a name that is another minus a one-word qualifier.</para>
/// <para>Cost is near-linear in the mentions: everything is hashed, and fuzzy comparison runs only inside blocks
/// that share the first two or the last three letters of a surname. Stateless; thread-safe.</para>
/// </remarks>
public sealed partial class EntityResolver : IEntityResolver
{
    private const int MaxBlock = 200;
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public EntityResolver(ILogger<EntityResolver>? logger = null, LanguagePack? language = null)
    {
        _logger = logger ?? NullLogger<EntityResolver>.Instance;
        Gazetteer = Gazetteer.For(language ?? LanguagePack.English);
    }

    /// <summary>The words of the checker's language pack.</summary>
    private Gazetteer Gazetteer { get; }

    /// <inheritdoc />
    public EntityResolution Resolve(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var mentions = documents
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .SelectMany(d => d.Mentions.OrderBy(m => m.Start))
            .Where(m => m.Name.Length > 0)
            .ToList();
        cancellationToken.ThrowIfCancellationRequested();

        var texts = documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // The cluster's own outlets are organizations, also by their short form ("told the Beacon").
        var outlets = Outlets(documents);
        var outletKeys = new Dictionary<EntityMention, string>(ReferenceEqualityComparer.Instance);
        mentions = [.. mentions.Select(m => OutletMention(m, outlets, texts, outletKeys))];

        var clusters = new List<Cluster>();
        var people = mentions.Where(m => m.Type == EntityType.Person).ToList();
        var others = mentions.Where(m => m.Type == EntityType.Other).ToList();

        // A lone word typed a place from context only that is the surname of a person named in full is that person.
        var guessedPlaces = mentions.Where(m => m.Type == EntityType.Place && IsUnlistedSingleWord(m)).ToList();
        var personClusters = ResolvePeople(people, others, guessedPlaces, out var claimedOthers);
        clusters.AddRange(personClusters);
        cancellationToken.ThrowIfCancellationRequested();

        var orgClusters = ResolveByKey(mentions.Where(m => m.Type == EntityType.Organization), EntityType.Organization, m => outletKeys.TryGetValue(m, out var k) ? k : OrgKey(m));
        foreach (var (key, name) in outlets.Full)
        {
            if (orgClusters.TryGetValue(key, out var outlet))
            {
                outlet.PreferredName = name;
            }
        }

        var placeClusters = ResolveByKey(mentions.Where(m => m.Type == EntityType.Place && !claimedOthers.Contains(m)), EntityType.Place, PlaceKey);
        JoinUntypedSingles(others, claimedOthers, orgClusters, placeClusters);
        clusters.AddRange(orgClusters.Values);
        clusters.AddRange(placeClusters.Values);
        var otherClusters = ResolveByKey(others.Where(m => !claimedOthers.Contains(m)), EntityType.Other, m => Gazetteer.Normalize(m.Name));
        foreach (var (key, cluster) in otherClusters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // "Pressure grew ...": a lone capitalized word seen only where any word is capitalized names nothing.
            if (!key.Contains(' ', StringComparison.Ordinal) && cluster.Mentions.All(m => StartsClause(texts, m)))
            {
                LogDroppedInitialWord(_logger, key, cluster.Mentions.Count);
                continue;
            }

            clusters.Add(cluster);
        }

        cancellationToken.ThrowIfCancellationRequested();

        var entities = new List<Entity>(clusters.Count);
        var findings = new List<Finding>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Mentions.Count > 0).OrderBy(c => c.SortKey(), StringComparer.Ordinal))
        {
            var entity = Build(cluster, usedIds);
            entities.Add(entity);
            findings.AddRange(SpellingFindings(cluster, entity));
            findings.AddRange(ConventionNotes(cluster, entity));
        }

        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        findings.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        LogResolved(_logger, mentions.Count, entities.Count, findings.Count);
        return new EntityResolution(entities, findings);
    }

    /// <summary>Mentions grouped as one referent, with the surname spellings judged misspelt.</summary>
    private sealed class Cluster
    {
        public Cluster(EntityType type) => Type = type;

        public EntityType Type { get; }

        public List<EntityMention> Mentions { get; } = [];

        /// <summary>Misspelt folded surname → its correct folded surname (people only).</summary>
        public Dictionary<string, string> Misspelt { get; } = new(StringComparer.Ordinal);

        /// <summary>Misspelt surnames whose spelling had no more support than the usual one (lower confidence).</summary>
        public HashSet<string> Tied { get; } = new(StringComparer.Ordinal);

        /// <summary>Transliterated folded surname variants (people only); merged but not misspellings.</summary>
        public HashSet<string> Transliterated { get; } = new(StringComparer.Ordinal);

        /// <summary>The name to show instead of the most used spelling (an outlet's name from its metadata), or null.</summary>
        public string? PreferredName { get; set; }

        public string SortKey()
        {
            var first = Mentions.OrderBy(m => m.Document, StringComparer.Ordinal).ThenBy(m => m.Start).First();
            return string.Create(CultureInfo.InvariantCulture, $"{(int)Type}\u001F{first.Document}\u001F{first.Start:D10}");
        }
    }

    /// <summary>A person name split into given names and a surname, folded.</summary>
    private readonly record struct PersonName(string Surname, string? Given, bool GivenIsInitial, int Tokens)
    {
        public static PersonName Parse(string name, Gazetteer gazetteer)
        {
            var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            // Generational suffixes are not the surname.
            while (tokens.Count > 1 && Gazetteer.Normalize(tokens[^1]).TrimEnd(',') is "jr" or "sr" or "ii" or "iii" or "iv")
            {
                tokens.RemoveAt(tokens.Count - 1);
            }

            var s = tokens.Count - 1;
            // Particles belong to the surname ("van der Berg").
            while (s > 0 && gazetteer.Particles.Contains(Gazetteer.Normalize(tokens[s - 1])) && char.IsLower(tokens[s - 1][0]))
            {
                s--;
            }

            var surname = Gazetteer.Normalize(string.Join(' ', tokens.Skip(s)));
            if (s == 0)
            {
                return new PersonName(surname, null, false, tokens.Count);
            }

            var given = Gazetteer.Normalize(tokens[0]);
            return new PersonName(surname, given, given.Length == 1, tokens.Count);
        }
    }

    private List<Cluster> ResolvePeople(List<EntityMention> people, List<EntityMention> others, List<EntityMention> guessedPlaces, out HashSet<EntityMention> claimedOthers)
    {
        claimedOthers = new HashSet<EntityMention>(ReferenceEqualityComparer.Instance);
        var parsed = people.Select(m => (Mention: m, Name: PersonName.Parse(m.Name, Gazetteer))).ToList();

        // Support of each folded surname: documents and mentions.
        var surnames = new Dictionary<string, SurnameStats>(StringComparer.Ordinal);
        foreach (var (m, n) in parsed)
        {
            if (!surnames.TryGetValue(n.Surname, out var st))
            {
                st = new SurnameStats(n.Surname);
                surnames[n.Surname] = st;
            }

            st.Documents.Add(m.Document);
            st.Count++;
            if (n.Given is not null)
            {
                st.Given.Add(n.Given);
            }
        }

        // Bare words typed Other that equal a known surname are that person (a surname in a document that only misspells the full name).
        foreach (var o in others)
        {
            var key = Gazetteer.Normalize(o.Name);
            if (!key.Contains(' ', StringComparison.Ordinal) && surnames.TryGetValue(key, out var st))
            {
                claimedOthers.Add(o);
                parsed.Add((o with { Type = EntityType.Person }, new PersonName(key, null, false, 1)));
                st.Documents.Add(o.Document);
                st.Count++;
            }
        }

        foreach (var o in guessedPlaces)
        {
            var key = Gazetteer.Normalize(o.Name);
            if (surnames.TryGetValue(key, out var st) && st.Given.Count > 0)
            {
                claimedOthers.Add(o);
                parsed.Add((o with { Type = EntityType.Person }, new PersonName(key, null, false, 1)));
                st.Documents.Add(o.Document);
                st.Count++;
            }
        }

        var canonicalSurname = MergeSurnameVariants(surnames, out var misspelt, out var transliterated, out var tied);

        // Group by canonical surname, then by given name.
        var bySurname = new Dictionary<string, List<(EntityMention Mention, PersonName Name)>>(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            var root = canonicalSurname[p.Name.Surname];
            if (!bySurname.TryGetValue(root, out var list))
            {
                list = [];
                bySurname[root] = list;
            }

            list.Add(p);
        }

        var result = new List<Cluster>();
        foreach (var (root, list) in bySurname.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            result.AddRange(SplitByGivenName(list, misspelt, transliterated, tied));
        }

        return result;
    }

    private sealed class SurnameStats(string surname)
    {
        public string Surname { get; } = surname;

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Given { get; } = new(StringComparer.Ordinal);

        public int Count { get; set; }
    }

    /// <summary>Maps every surname to the surname it merges into; records misspelt and transliterated ones.</summary>
    private Dictionary<string, string> MergeSurnameVariants(
        Dictionary<string, SurnameStats> surnames,
        out Dictionary<string, string> misspelt,
        out HashSet<string> transliterated,
        out HashSet<string> tied)
    {
        tied = new HashSet<string>(StringComparer.Ordinal);
        misspelt = new Dictionary<string, string>(StringComparer.Ordinal);
        transliterated = new HashSet<string>(StringComparer.Ordinal);
        var parent = surnames.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);

        // Blocking by deletion neighbourhood: two spellings one insertion or one swap apart share a key (the
        // shorter spelling, or both with one letter deleted); transliterations share their transliteration key.
        // Each surname has length + 2 keys, so blocks stay tiny and the cost is linear in the surnames.
        var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var s in surnames.Keys.Where(k => k.Length >= NameVariants.MinLength).Order(StringComparer.Ordinal))
        {
            AddToBlock(blocks, "t:" + NameVariants.Transliterate(s), s);
            AddToBlock(blocks, "d:" + s, s);
            for (var i = 0; i < s.Length; i++)
            {
                AddToBlock(blocks, "d:" + s.Remove(i, 1), s);
            }
        }

        var pairs = new HashSet<(string, string)>();
        foreach (var (key, members) in blocks.Where(kv => kv.Value.Count > 1).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (members.Count > MaxBlock)
            {
                LogBlockTooLarge(_logger, key, members.Count);
            }

            var n = Math.Min(members.Count, MaxBlock);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var (x, y) = string.CompareOrdinal(members[i], members[j]) < 0 ? (members[i], members[j]) : (members[j], members[i]);
                    pairs.Add((x, y));
                }
            }
        }

        foreach (var (x, y) in pairs.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal))
        {
            var sx = surnames[x];
            var sy = surnames[y];
            var bothNamed = sx.Given.Count > 0 && sy.Given.Count > 0;
            var sameGiven = bothNamed && sx.Given.Overlaps(sy.Given) && sx.Given.Concat(sy.Given).All(g => g.Length > 1);
            var kind = NameVariants.Classify(x, y, sameGiven);
            if (kind == VariantKind.None && sameGiven && NameVariants.IsSubstitution(x, y))
            {
                if (!SubstitutionCorroborated(sx, sy, NameVariants.IsVowelSubstitution(x, y)))
                {
                    LogKeptApart(_logger, x, y, "one replaced letter without corroboration");
                    continue;
                }

                kind = VariantKind.Misspelling;
            }

            if (kind == VariantKind.None)
            {
                continue;
            }

            if (bothNamed && !GivenCompatible(sx.Given, sy.Given))
            {
                LogKeptApart(_logger, x, y, "different given names");
                continue;
            }

            var cmp = CompareSupport(sx, sy);
            if (kind == VariantKind.Misspelling && cmp == 0 && !sameGiven)
            {
                LogKeptApart(_logger, x, y, "equal support, no spelling is clearly the usual one");
                continue;
            }

            if (cmp == 0)
            {
                // Same given name, equal support: merged, and the spelling of the earliest document is taken as usual.
                cmp = string.CompareOrdinal(sx.Documents.Min(StringComparer.Ordinal), sy.Documents.Min(StringComparer.Ordinal)) <= 0 ? 1 : -1;
                tied.Add(cmp > 0 ? y : x);
            }

            var (keep, drop) = cmp >= 0 ? (x, y) : (y, x);
            var rk = Find(parent, keep);
            var rd = Find(parent, drop);
            if (rk == rd)
            {
                continue;
            }

            if (rd != drop)
            {
                // The weaker spelling already merged elsewhere: a chain of fuzzy merges is too uncertain.
                LogKeptApart(_logger, x, y, "already merged with another spelling");
                continue;
            }

            parent[rd] = rk;
            if (kind == VariantKind.Misspelling)
            {
                misspelt[drop] = keep;
            }
            else
            {
                transliterated.Add(drop);
            }

            LogMergedVariant(_logger, drop, keep, kind == VariantKind.Misspelling ? "misspelling" : "transliteration");
        }

        return surnames.Keys.ToDictionary(k => k, k => Find(parent, k), StringComparer.Ordinal);
    }

    private static void AddToBlock(Dictionary<string, List<string>> blocks, string key, string value)
    {
        if (!blocks.TryGetValue(key, out var list))
        {
            list = [];
            blocks[key] = list;
        }

        list.Add(value);
    }

    private static string Find(Dictionary<string, string> parent, string x)
    {
        while (!string.Equals(parent[x], x, StringComparison.Ordinal))
        {
            x = parent[x];
        }

        return x;
    }

    /// <summary>
    /// A one-letter replacement with the same given name is a slip only when one spelling is used by several outlets
    /// and the other is a one-off, or is written only in articles that also use the usual spelling. A spelling an
    /// outlet uses consistently on its own may be a different person (Hansen / Hanson).
    /// </summary>
    private static bool SubstitutionCorroborated(SurnameStats a, SurnameStats b, bool vowelVariant)
    {
        var cmp = CompareSupport(a, b);
        if (cmp == 0)
        {
            // Two outlets, one spelling each, same given name, one vowel apart ("Okafor"/"Okafur"): one person
            // misspelt by one of them. Merged as a tie (low confidence); a replaced consonant stays apart.
            return vowelVariant;
        }

        var (usual, rare) = cmp > 0 ? (a, b) : (b, a);
        return usual.Documents.Count >= 2 && (rare.Count == 1 || rare.Documents.IsSubsetOf(usual.Documents));
    }

    /// <summary>Positive when <paramref name="a"/> is clearly the more used spelling, negative for <paramref name="b"/>, 0 when unclear.</summary>
    private static int CompareSupport(SurnameStats a, SurnameStats b)
    {
        if (a.Documents.Count != b.Documents.Count)
        {
            return a.Documents.Count.CompareTo(b.Documents.Count);
        }

        if (a.Count >= 2 * b.Count)
        {
            return 1;
        }

        return b.Count >= 2 * a.Count ? -1 : 0;
    }

    private static bool GivenCompatible(HashSet<string> a, HashSet<string> b) =>
        a.Any(x => b.Any(y => GivenMatches(x, y)));

    private static bool GivenMatches(string x, string y) =>
        string.Equals(x, y, StringComparison.Ordinal)
        || (x.Length == 1 && y.StartsWith(x, StringComparison.Ordinal))
        || (y.Length == 1 && x.StartsWith(y, StringComparison.Ordinal));

    /// <summary>Splits the people of one surname by given name; bare surnames join the one person they can mean.</summary>
    private IEnumerable<Cluster> SplitByGivenName(
        List<(EntityMention Mention, PersonName Name)> list,
        Dictionary<string, string> misspelt,
        HashSet<string> transliterated,
        HashSet<string> tied)
    {
        // Full given names first; an initial joins the only given name it fits.
        var givens = list.Where(p => p.Name.Given is { Length: > 1 }).Select(p => p.Name.Given!).Distinct().Order(StringComparer.Ordinal).ToList();
        var byGiven = givens.ToDictionary(g => g, _ => new Cluster(EntityType.Person), StringComparer.Ordinal);
        var bare = new List<(EntityMention Mention, PersonName Name)>();
        Cluster? surnameOnly = null;
        foreach (var p in list)
        {
            var g = p.Name.Given;
            if (g is null)
            {
                bare.Add(p);
                continue;
            }

            if (g.Length == 1)
            {
                var fits = givens.Where(x => x.StartsWith(g, StringComparison.Ordinal)).ToList();
                if (fits.Count == 1)
                {
                    byGiven[fits[0]].Mentions.Add(p.Mention);
                    continue;
                }

                g = g + "."; // an initial of its own: a person of its own
                if (!byGiven.ContainsKey(g))
                {
                    byGiven[g] = new Cluster(EntityType.Person);
                }
            }

            byGiven[g].Mentions.Add(p.Mention);
        }

        var named = byGiven.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value).ToList();
        foreach (var p in bare)
        {
            Cluster? target = null;
            if (named.Count == 1)
            {
                target = named[0];
            }
            else if (named.Count > 1)
            {
                // Several people share the surname: only one named in the same document can be meant, or
                // the one named most recently before the bare surname.
                var inDoc = named.Where(c => c.Mentions.Any(m => SameDocFull(m, p.Mention))).ToList();
                var before = inDoc
                    .Where(c => c.Mentions.Any(m => SameDocFull(m, p.Mention) && m.Start < p.Mention.Start))
                    .OrderByDescending(c => c.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count())
                    .ToList();
                int Docs(Cluster c) => c.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count();
                if (inDoc.Count == 1)
                {
                    target = inDoc[0];
                }
                else if (before.Count == 1)
                {
                    // Only one of them has been named yet at this point of the article.
                    target = before[0];
                }
                else if (before.Count > 1 && Docs(before[0]) > Docs(before[1]))
                {
                    // Both named already: the one the cluster's outlets cover more is the article's subject.
                    target = before[0];
                }
                else
                {
                    LogAmbiguousSurname(_logger, p.Mention.Name, p.Mention.Document, named.Count);
                }
            }

            if (target is null)
            {
                surnameOnly ??= new Cluster(EntityType.Person);
                target = surnameOnly;
            }

            target.Mentions.Add(p.Mention);
        }

        if (surnameOnly is not null)
        {
            named.Add(surnameOnly);
        }

        foreach (var c in named)
        {
            foreach (var m in c.Mentions)
            {
                var s = PersonName.Parse(m.Name, Gazetteer).Surname;
                if (misspelt.TryGetValue(s, out var correct))
                {
                    c.Misspelt[s] = correct;
                    if (tied.Contains(s))
                    {
                        c.Tied.Add(s);
                    }
                }
                else if (transliterated.Contains(s))
                {
                    c.Transliterated.Add(s);
                }
            }

            yield return c;
        }
    }

    private static bool SameDocFull(EntityMention m, EntityMention bare) =>
        string.Equals(m.Document, bare.Document, StringComparison.Ordinal) && m.Name.Contains(' ', StringComparison.Ordinal);

    private static Dictionary<string, Cluster> ResolveByKey(IEnumerable<EntityMention> mentions, EntityType type, Func<EntityMention, string> keyOf)
    {
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var key = keyOf(m);
            if (key.Length == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var c))
            {
                c = new Cluster(type);
                byKey[key] = c;
            }

            c.Mentions.Add(m);
        }

        if (type == EntityType.Organization)
        {
            MergeAcronymsAndQualifiers(byKey);
        }

        return byKey;
    }

    /// <summary>"WHO" joins the one "World Health Organization"; "Judiciary Committee" the one "Senate Judiciary Committee".</summary>
    private static void MergeAcronymsAndQualifiers(Dictionary<string, Cluster> byKey)
    {
        var keys = byKey.Keys.Order(StringComparer.Ordinal).ToList();
        var acronyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            var words = k.Split(' ');
            if (words.Length >= 2)
            {
                var acronym = string.Concat(words.Where(w => w is not ("of" or "the" or "and" or "for" or "&")).Select(w => w[0]));
                AddToBlock(acronyms, acronym, k);
            }

            if (words.Length >= 3)
            {
                AddToBlock(suffixes, string.Join(' ', words.Skip(1)), k);
            }
        }

        foreach (var k in keys)
        {
            if (!byKey.ContainsKey(k))
            {
                continue;
            }

            string? into = null;
            if (!k.Contains(' ', StringComparison.Ordinal) && acronyms.TryGetValue(k, out var longs) && longs.Count == 1)
            {
                into = longs[0];
            }
            else if (suffixes.TryGetValue(k, out var wider) && wider.Count == 1)
            {
                into = wider[0];
            }

            if (into is not null && byKey.TryGetValue(into, out var target) && !string.Equals(into, k, StringComparison.Ordinal))
            {
                target.Mentions.AddRange(byKey[k].Mentions);
                byKey.Remove(k);
            }
        }
    }

    /// <summary>Bare words typed Other that name a known organization or place join it.</summary>
    private void JoinUntypedSingles(List<EntityMention> others, HashSet<EntityMention> claimed, Dictionary<string, Cluster> orgs, Dictionary<string, Cluster> places)
    {
        foreach (var o in others)
        {
            if (claimed.Contains(o))
            {
                continue;
            }

            var inOrg = orgs.TryGetValue(OrgKey(o), out var org);
            var inPlace = places.TryGetValue(PlaceKey(o), out var place);
            if (inOrg ^ inPlace)
            {
                claimed.Add(o);
                (inOrg ? org! : place!).Mentions.Add(o with { Type = inOrg ? EntityType.Organization : EntityType.Place });
            }
        }
    }

    /// <summary>The outlets named in the documents' metadata: organization key → name, and short form → organization key.</summary>
    private sealed record OutletNames(SortedDictionary<string, string> Full, Dictionary<string, string> Short);

    private static OutletNames Outlets(IReadOnlyList<AnalyzedDocument> documents)
    {
        var full = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var shortForms = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var outlet in documents.Select(d => d.Source.Outlet?.Trim()).Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var key = StripThe(Gazetteer.Normalize(outlet!));
            if (key.Length == 0 || !full.TryAdd(key, outlet!))
            {
                continue;
            }

            // "The Evening Beacon" is "the Beacon" on second reference; a head shared by two outlets is no short form.
            var sp = key.LastIndexOf(' ');
            if (sp > 0 && key.Length - sp > 4)
            {
                var head = key[(sp + 1)..];
                shortForms[head] = shortForms.ContainsKey(head) ? null : key;
            }
        }

        return new OutletNames(full, shortForms.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal));
    }

    /// <summary>The mention retyped as the outlet it names ("The Evening Beacon", "the Beacon"), or unchanged.</summary>
    private EntityMention OutletMention(EntityMention m, OutletNames outlets, Dictionary<string, AnalyzedDocument> texts, Dictionary<EntityMention, string> outletKeys)
    {
        if (outlets.Full.Count == 0 || m.Type is not (EntityType.Organization or EntityType.Other))
        {
            return m;
        }

        var key = OrgKey(m);
        if (!outlets.Full.ContainsKey(key))
        {
            if (!outlets.Short.TryGetValue(key, out var outletKey) || !AfterDefiniteArticle(texts, m))
            {
                return m;
            }

            key = outletKey;
        }

        var retyped = m.Type == EntityType.Organization ? m : m with { Type = EntityType.Organization };
        outletKeys[retyped] = key;
        return retyped;
    }

    private static bool AfterDefiniteArticle(Dictionary<string, AnalyzedDocument> texts, EntityMention m)
    {
        if (!texts.TryGetValue(m.Document, out var doc) || m.Start < 4 || m.Start > doc.Text.Length)
        {
            return false;
        }

        var before = doc.Text.AsSpan(m.Start - 4, 4);
        return before.Equals("the ", StringComparison.OrdinalIgnoreCase) && (m.Start == 4 || !char.IsLetter(doc.Text[m.Start - 5]));
    }

    /// <summary>Whether the mention opens a sentence or clause, where any word is capitalized.</summary>
    private static bool StartsClause(Dictionary<string, AnalyzedDocument> texts, EntityMention m)
    {
        if (!texts.TryGetValue(m.Document, out var doc) || m.Start > doc.Text.Length)
        {
            return false;
        }

        if (doc.SentenceAt(m.Start) is { } sentence && sentence.Start == m.Start)
        {
            return true;
        }

        var text = doc.Text;
        var i = m.Start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        if (i < 0)
        {
            return true;
        }

        var c = TextFolding.FoldChar(text[i]);
        return c is '\n' or '\r' or '.' or '!' or '?' or '"' or ':' or '(' or '[' or ';' or '\u2022' or '|';
    }

    private bool IsUnlistedSingleWord(EntityMention m)
    {
        var key = Gazetteer.Normalize(m.Name);
        return key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal) && !Gazetteer.Places.ContainsKey(key) && !Gazetteer.Variants.ContainsKey(key);
    }

    private string OrgKey(EntityMention m)
    {
        var key = StripThe(Gazetteer.Normalize(m.Name));
        if (Gazetteer.Variants.TryGetValue(key, out var canonical))
        {
            key = StripThe(Gazetteer.Normalize(canonical));
        }

        // "German Ministry of Transport" = "Ministry of Transport": a leading demonym or country qualifies, it does not name.
        var words = key.Split(' ');
        if (words.Length >= 3 && (Gazetteer.Demonyms.ContainsKey(words[0]) || Gazetteer.Places.ContainsKey(words[0])) && Gazetteer.OrgHeads.Contains(words[1]))
        {
            words = words[1..];
            key = string.Join(' ', words);
        }

        // "ministry of defense" = "defense ministry".
        if (words.Length >= 3 && words[1] == "of" && Gazetteer.OrgHeads.Contains(words[0]))
        {
            var rest = words.Skip(2).SkipWhile(w => w == "the");
            key = string.Join(' ', rest.Append(words[0]));
        }

        return key;
    }

    private string PlaceKey(EntityMention m)
    {
        var key = StripThe(Gazetteer.Normalize(m.Name));
        return Gazetteer.Variants.TryGetValue(key, out var canonical) ? Gazetteer.Normalize(canonical) : key;
    }

    private static string StripThe(string key) => key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;

    private Entity Build(Cluster cluster, HashSet<string> usedIds)
    {
        var mentions = cluster.Mentions
            .OrderBy(m => m.Document, StringComparer.Ordinal)
            .ThenBy(m => m.Start)
            .ToList();
        var name = cluster.PreferredName ?? CanonicalName(cluster, mentions);
        var baseId = TypePrefix(cluster.Type) + ":" + Slug(name);
        var id = baseId;
        for (var n = 2; !usedIds.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{baseId}-{n}");
        }

        var variants = mentions
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => new EntityVariant(
                g.Key,
                g.Select(m => m.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                IsMisspelt(cluster, g.Key)))
            .OrderBy(v => v.Text, StringComparer.Ordinal)
            .ToArray();

        var roles = new List<RoleMention>();
        var seenRoles = new HashSet<(string, string)>();
        foreach (var m in mentions)
        {
            if (m.Role is { } r && seenRoles.Add((r.Document, Gazetteer.Normalize(r.Text))))
            {
                roles.Add(r);
            }
        }

        var affiliations = mentions
            .Where(m => m.Affiliation is not null)
            .Select(m => m.Affiliation!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new Entity(id, cluster.Type, name, variants, mentions, roles, affiliations);
    }

    private bool IsMisspelt(Cluster cluster, string name) =>
        cluster.Type == EntityType.Person && cluster.Misspelt.ContainsKey(PersonName.Parse(name, Gazetteer).Surname);

    /// <summary>The most complete, most widely used spelling: full names first, by documents, then length and count.</summary>
    private string CanonicalName(Cluster cluster, List<EntityMention> mentions)
    {
        // Documents using each surname spelling: the most used spelling wins among transliterations too.
        var surnameDocs = cluster.Type != EntityType.Person
            ? new Dictionary<string, int>(StringComparer.Ordinal)
            : mentions.GroupBy(m => PersonName.Parse(m.Name, Gazetteer).Surname, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var candidates = mentions
            .Where(m => !IsMisspelt(cluster, m.Name))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g => new
            {
                Name = g.Key,
                Docs = g.Select(m => m.Document).Distinct(StringComparer.Ordinal).Count(),
                Count = g.Count(),
                Tokens = g.Key.Split(' ').Length,
                Caps = Gazetteer.IsAllCaps(g.Key) && g.Key.Length > 3,
                SurnameDocs = surnameDocs.GetValueOrDefault(cluster.Type == EntityType.Person ? PersonName.Parse(g.Key, Gazetteer).Surname : string.Empty),
            })
            .ToList();
        if (candidates.Count == 0)
        {
            return mentions[0].Name;
        }

        var full = cluster.Type == EntityType.Person ? candidates.Where(c => c.Tokens >= 2).ToList() : candidates;
        var pool = full.Count > 0 ? full : candidates;
        // Organizations and places prefer the spelled-out name over an acronym.
        var spelled = cluster.Type is EntityType.Organization or EntityType.Place ? pool.Where(c => c.Name.Any(char.IsLower)).ToList() : pool;
        if (spelled.Count > 0)
        {
            pool = spelled;
        }

        return pool
            .OrderBy(c => c.Caps)
            .ThenByDescending(c => c.SurnameDocs)
            .ThenByDescending(c => c.Docs)
            .ThenByDescending(c => c.Tokens)
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .First().Name;
    }

    private IEnumerable<Finding> SpellingFindings(Cluster cluster, Entity entity)
    {
        if (cluster.Misspelt.Count == 0)
        {
            yield break;
        }

        foreach (var variant in entity.Variants.Where(v => v.Misspelling))
        {
            var wrong = entity.Mentions.Where(m => string.Equals(m.Name, variant.Text, StringComparison.Ordinal)).ToList();
            var parsed = PersonName.Parse(variant.Text, Gazetteer);
            var correctSurname = cluster.Misspelt[parsed.Surname];
            var correct = CorrectedSpelling(variant.Text, entity);
            var reference = entity.Mentions
                .Where(m => !IsMisspelt(cluster, m.Name) && string.Equals(PersonName.Parse(m.Name, Gazetteer).Surname, correctSurname, StringComparison.Ordinal))
                .OrderBy(m => variant.Documents.Contains(m.Document, StringComparer.Ordinal) ? 1 : 0)
                .ThenBy(m => m.Document, StringComparer.Ordinal)
                .ThenBy(m => m.Start)
                .FirstOrDefault();
            var evidence = wrong.Select(m => NameEvidence(m, variant.Text)).ToList();
            if (reference is not null)
            {
                evidence.Add(NameEvidence(reference, reference.Name));
            }

            var correctDocs = entity.Variants.Where(v => !v.Misspelling).SelectMany(v => v.Documents).Distinct(StringComparer.Ordinal).Count();
            var confidence = cluster.Tied.Contains(parsed.Surname) ? 0.55 : correctDocs >= 2 * variant.Documents.Count ? 0.9 : 0.75;
            yield return Spelling(entity, variant, Severity.Difference, confidence, $"is a misspelling of '{correct}'", evidence);
        }
    }

    /// <summary>
    /// Spellings of one name by different conventions ("Halvik" / "Halvick", "Kovalyov" / "Kovaliov"): merged, and
    /// worth a note to an editor who wants one house spelling, but not a correction (neither is wrong).
    /// </summary>
    private IEnumerable<Finding> ConventionNotes(Cluster cluster, Entity entity)
    {
        if (cluster.Transliterated.Count == 0)
        {
            yield break;
        }

        bool IsVariant(string name) => cluster.Transliterated.Contains(PersonName.Parse(name, Gazetteer).Surname);
        var reference = entity.Mentions
            .Where(m => !IsVariant(m.Name) && !IsMisspelt(cluster, m.Name))
            .OrderBy(m => m.Document, StringComparer.Ordinal)
            .ThenBy(m => m.Start)
            .FirstOrDefault();
        if (reference is null)
        {
            yield break;
        }

        foreach (var variant in entity.Variants.Where(v => !v.Misspelling && IsVariant(v.Text)))
        {
            var evidence = entity.Mentions
                .Where(m => string.Equals(m.Name, variant.Text, StringComparison.Ordinal))
                .Select(m => NameEvidence(m, variant.Text))
                .Append(NameEvidence(reference, reference.Name))
                .ToList();
            yield return Spelling(entity, variant, Severity.Note, 0.6, $"and '{reference.Name}' are two spellings of one name (transliteration or house style)", evidence);
        }
    }

    /// <summary>A spelling finding about one variant of an entity's name: "'variant' in docs " + <paramref name="verdict"/>.</summary>
    private static Finding Spelling(Entity entity, EntityVariant variant, Severity severity, double confidence, string verdict, IReadOnlyList<Evidence> evidence) =>
        new(
            StableId.From("spelling", entity.Id, variant.Text),
            FindingKind.Spelling,
            severity,
            confidence,
            string.Create(CultureInfo.InvariantCulture, $"'{variant.Text}' in {string.Join(", ", variant.Documents)} {verdict}"),
            [entity.Id],
            evidence)
        { Rule = "spelling-variant" };

    /// <summary>Evidence on the name itself ("Teodor Balen", not "executive Teodor Balen") when the mention ends with it.</summary>
    private static Evidence NameEvidence(EntityMention m, string value) =>
        m.Text.Length > m.Name.Length && m.Text.EndsWith(m.Name, StringComparison.Ordinal)
            ? new Evidence(m.Document, m.Name, m.End - m.Name.Length, m.End, value)
            : new Evidence(m.Document, m.Text, m.Start, m.End, value);

    /// <summary>The variant with its misspelt surname replaced by the canonical name's surname as written.</summary>
    private static string CorrectedSpelling(string variant, Entity entity)
    {
        var canonicalTokens = entity.Name.Split(' ');
        var variantTokens = variant.Split(' ');
        if (variantTokens.Length == 1)
        {
            return canonicalTokens[^1];
        }

        variantTokens[^1] = canonicalTokens[^1];
        return string.Join(' ', variantTokens);
    }

    private static string TypePrefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };

    private static string Slug(string name)
    {
        var folded = TextFolding.Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c != '.' && c != '\'' && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    [LoggerMessage(EventId = 311, Level = LogLevel.Debug, Message = "Resolved {MentionCount} mentions into {EntityCount} entities with {FindingCount} spelling findings")]
    private static partial void LogResolved(ILogger logger, int mentionCount, int entityCount, int findingCount);

    [LoggerMessage(EventId = 312, Level = LogLevel.Information, Message = "Kept surnames '{First}' and '{Second}' apart: {Reason}")]
    private static partial void LogKeptApart(ILogger logger, string first, string second, string reason);

    [LoggerMessage(EventId = 313, Level = LogLevel.Debug, Message = "Merged surname '{Variant}' into '{Canonical}' ({Kind})")]
    private static partial void LogMergedVariant(ILogger logger, string variant, string canonical, string kind);

    [LoggerMessage(EventId = 314, Level = LogLevel.Information, Message = "Bare surname '{Name}' in {DocumentId} could mean any of {Count} people; kept apart")]
    private static partial void LogAmbiguousSurname(ILogger logger, string name, string documentId, int count);

    [LoggerMessage(EventId = 316, Level = LogLevel.Debug, Message = "Dropped '{Word}': only ever capitalized at the start of a sentence ({Count} mentions)")]
    private static partial void LogDroppedInitialWord(ILogger logger, string word, int count);

    [LoggerMessage(EventId = 315, Level = LogLevel.Warning, Message = "Fuzzy block '{Block}' has {Count} surnames; only the first ones are compared")]
    private static partial void LogBlockTooLarge(ILogger logger, string block, int count);
}
