using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Languages;
using FactCheck.Text;
using FuzzySharp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace FactCheck.Alignment;

/// <summary>
/// Default <see cref="IClaimAligner"/>. Clusters claims about the same fact across documents: same frame,
/// compatible resolved entities, overlapping content words (FuzzySharp on folded text) and compatible time.
/// Claims are only compared within blocks keyed by (frame, entity), and only against a bounded number of
/// clusters per block, so cost grows linearly with the number of claims.
/// </summary>
/// <remarks>
/// <see cref="AlignedFact.OmittedBy"/> lists the documents that mention every core entity of the fact
/// (the entities all stating documents share) without stating it — documents that never mention them are
/// about something else and are not counted. The list is capped at <see cref="MaxOmittedBy"/> documents.
/// </remarks>
public sealed partial class ClaimAligner : IClaimAligner
{
    /// <summary>Most documents listed in <see cref="AlignedFact.OmittedBy"/>.</summary>
    public const int MaxOmittedBy = 500;

    // Each block checks only its most recent clusters: bounded work per claim whatever the cluster size.
    private const int MaxCandidatesPerBlock = 32;
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public ClaimAligner(ILogger<ClaimAligner>? logger = null, LanguagePack? language = null)
    {
        _logger = logger ?? NullLogger<ClaimAligner>.Instance;
        Lexicon = Lexicon.For(language ?? LanguagePack.English);
    }

    /// <summary>The words of the checker's language pack.</summary>
    private Lexicon Lexicon { get; }

    /// <inheritdoc />
    public IReadOnlyList<AlignedFact> Align(IReadOnlyList<Claim> claims, IReadOnlyList<AnalyzedDocument> documents, EntityResolution entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entities);

        var docOrder = documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ordered = claims
            .OrderBy(c => docOrder.GetValueOrDefault(c.Document, int.MaxValue))
            .ThenBy(c => c.Document, StringComparer.Ordinal)
            .ThenBy(c => c.Start)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();

        // Preparing a claim is independent of the others: done in parallel, stored by index.
        // Copies of a sentence share their word analysis, done once per distinct text.
        var textIds = new int[ordered.Length];
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            var text = Item.TextOf(ordered[i]);
            if (!texts.TryGetValue(text, out textIds[i]))
            {
                texts[text] = textIds[i] = texts.Count;
            }
        }

        var words = new TextWords[texts.Count];
        var po = new ParallelOptions { CancellationToken = cancellationToken };
        var distinctTexts = texts.Keys.ToArray();
        Parallel.For(0, words.Length, po, k => words[k] = new TextWords(distinctTexts[k], Lexicon));
        var items = new Item[ordered.Length];
        Parallel.For(0, ordered.Length, po, i => items[i] = new Item(ordered[i], words[textIds[i]], Lexicon));
        var signatures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!signatures.TryGetValue(item.Signature, out var sig))
            {
                signatures[item.Signature] = sig = signatures.Count;
            }

            item.SignatureId = sig;
        }

        // Copies of the same wording meet the same clusters again and again: a pair's score depends only on the two
        // claims' signatures, so it is computed once per pair of signatures.
        var scores = new Dictionary<(int, int), double>();

        var rare = RareTokens(items);
        var keys = new (List<string> Search, List<string> Register)[items.Length];
        Parallel.For(0, items.Length, po, i => keys[i] = BlockKeys(items[i], rare));
        var clusters = new List<List<Item>>();
        var soloKeys = new List<List<string>>();
        var multi = new List<bool>();
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var n = 0; n < items.Length; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = items[n];
            var (search, register) = keys[n];
            if (register.Count == 0)
            {
                continue;
            }

            var best = -1;
            var bestScore = 0.0;
            var seen = new HashSet<int>();
            foreach (var key in search)
            {
                if (!blocks.TryGetValue(key, out var list))
                {
                    continue;
                }

                for (var k = list.Count - 1; k >= 0 && k >= list.Count - MaxCandidatesPerBlock; k--)
                {
                    var id = list[k];
                    if (!seen.Add(id))
                    {
                        continue;
                    }

                    var score = Score(item, clusters[id], scores);
                    if (score > bestScore || (score == bestScore && score > 0 && id < best))
                    {
                        bestScore = score;
                        best = id;
                    }
                }
            }

            if (best < 0)
            {
                best = clusters.Count;
                clusters.Add([]);
                soloKeys.Add([]);
                multi.Add(false);
            }

            clusters[best].Add(item);

            // A cluster is found through the one-entity keys only while it holds one-entity claims alone: once a claim
            // about several entities joined it, it is no hub for claims about other pairs of those entities.
            if (item.Entities.Count >= 2 && !multi[best])
            {
                multi[best] = true;
                foreach (var key in soloKeys[best])
                {
                    blocks[key].Remove(best);
                }
            }

            foreach (var key in register)
            {
                var solo = key.StartsWith("solo|", StringComparison.Ordinal);
                if (solo && multi[best])
                {
                    continue;
                }

                if (solo && !soloKeys[best].Contains(key))
                {
                    soloKeys[best].Add(key);
                }

                if (!blocks.TryGetValue(key, out var list))
                {
                    blocks[key] = list = [];
                }

                // Most recently used cluster last: the bounded scan sees active facts first.
                if (list.Count == 0 || list[^1] != best)
                {
                    var window = Math.Min(list.Count, MaxCandidatesPerBlock);
                    var at = list.LastIndexOf(best, list.Count - 1, window);
                    if (at >= 0)
                    {
                        list.RemoveAt(at);
                    }

                    list.Add(best);
                }
            }
        }

        var mentionIndex = DocumentsByEntity(documents, entities);
        var names = entities.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var nonEmpty = clusters.Where(c => c.Count > 0).ToArray();
        var built = new AlignedFact[nonEmpty.Length];
        Parallel.For(0, nonEmpty.Length, po, i => built[i] = ToFact(nonEmpty[i], documents, mentionIndex, names));
        var facts = built
            .OrderByDescending(f => f.StatedIn.Count)
            .ThenBy(f => f.Frame, StringComparer.Ordinal)
            .ThenBy(f => docOrder.GetValueOrDefault(f.Claims[0].Document, int.MaxValue))
            .ThenBy(f => f.Claims[0].Start)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
        LogAligned(_logger, claims.Count, facts.Length);
        return facts;
    }

    /// <summary>The entities a claim is about: its frame's key entities.</summary>
    internal static IReadOnlyList<string> KeyEntities(Claim c) => ClaimFrames.KeyEntities(c);

    private static string? ValueOf(Claim c, string role) => c.ValueOf(role);

    /// <summary>
    /// Blocking keys: a claim is registered under (frame, entity) and (frame, entity pair) keys; one with two or
    /// more entities searches the pair keys (small blocks) and the one-entity claims of its entities, one with a
    /// single entity the single key, so that two claims meet whichever comes first.
    /// Claims without entities block on their two rarest content words.
    /// </summary>
    private static (List<string> Search, List<string> Register) BlockKeys(Item item, HashSet<string> rare)
    {
        var c = item.Claim;
        var prefix = c.Frame switch
        {
            "demand" => "demand|" + ValueOf(c, "demand"),
            "quantity" => "quantity|" + ValueOf(c, "unit"),
            _ => c.Frame,
        };
        var singles = item.Entities.Select(e => prefix + "|" + e).ToList();
        var ents = item.Entities.Take(5).ToArray();
        var pairs = new List<string>();
        for (var i = 0; i < ents.Length; i++)
        {
            for (var j = i + 1; j < ents.Length; j++)
            {
                pairs.Add(prefix + "|" + ents[i] + "|" + ents[j]);
            }
        }

        if (singles.Count == 0 && c.Frame is not ("role" or "departure"))
        {
            var toks = item.Content.Where(rare.Contains).Distinct(StringComparer.Ordinal).Take(2).Select(t => prefix + "|tok:" + t).ToList();
            if (c.Frame == "quantity")
            {
                toks.Add(prefix);
            }

            return (toks, toks);
        }

        var register = new List<string>(singles);
        register.AddRange(pairs);
        var search = pairs.Count > 0 ? pairs : singles;

        // Blocking must not depend on which claim comes first: a one-entity claim that came first registered no
        // pair key, so a claim with several entities also searches the one-entity claims of each of its entities
        // (a one-entity claim that comes later finds it through the single key it registered).
        if (singles.Count == 1)
        {
            register.Add("solo|" + singles[0]);
        }
        else if (pairs.Count > 0)
        {
            search = [.. search, .. singles.Select(k => "solo|" + k)];
        }

        // Outlets attach a figure to different people ("officials said", "the sheriff said"): a quantity is
        // also found by its unit alone, and its context words decide (see Pair).
        if (c.Frame == "quantity")
        {
            search = [.. search, prefix];
            register.Add(prefix);
        }

        return (search, register);
    }

    private static HashSet<string> RareTokens(Item[] items)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var t in item.Content.Distinct(StringComparer.Ordinal))
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        // A word in at most a few percent of claims is specific enough to block on.
        var limit = Math.Max(3, items.Length / 50);
        return df.Where(kv => kv.Value <= limit && kv.Key.Length > 3).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    private double Score(Item item, List<Item> cluster, Dictionary<(int, int), double> scores)
    {
        // The first member stands for the cluster; the latest one lets a cluster drift with its wording.
        var best = CachedPair(item, cluster[0], scores);
        return cluster.Count > 1 ? Math.Max(best, CachedPair(item, cluster[^1], scores)) : best;
    }

    private double CachedPair(Item a, Item b, Dictionary<(int, int), double> scores)
    {
        if (!scores.TryGetValue((a.SignatureId, b.SignatureId), out var score))
        {
            scores[(a.SignatureId, b.SignatureId)] = score = Pair(a, b);
        }

        return score;
    }

    /// <summary>0 when the two claims cannot state the same fact; otherwise higher for closer claims.</summary>
    private double Pair(Item a, Item b)
    {
        var x = a.Claim;
        var y = b.Claim;
        var sameHappening = x.Frame == "event" && y.Frame == "event" && ValueOf(x, "predicate") is { } predicate && predicate == ValueOf(y, "predicate")
            && a.Entities.Any(b.Entities.Contains);
        if (x.Frame != y.Frame || (!EntitiesCompatible(a.Entities, b.Entities) && x.Frame != "quantity" && !sameHappening))
        {
            return 0;
        }

        var content = Dice(a, b);
        switch (x.Frame)
        {
            case "contact":
                return 0.6 + (0.4 * content);
            case "demand":
                var px = ValueOf(x, "demand") == ValueOf(y, "demand");
                var tx = x.Arguments.FirstOrDefault(r => r.Role == "patient")?.EntityId;
                var ty = y.Arguments.FirstOrDefault(r => r.Role == "patient")?.EntityId;
                return px && (tx is null || ty is null || tx == ty) ? 0.8 + (0.2 * content) : 0;
            case "departure":
            case "role":
                return 0.8 + (0.2 * content);
            case "statement":
                // Most statement pairs are far apart; an exact bound rules them out without FuzzySharp's edit matrix.
                if (PartialRatioBound.CannotReach(a.Folded, b.Folded, 80))
                {
                    return 0;
                }

                var ratio = Fuzz.PartialRatio(a.Folded, b.Folded) / 100.0;
                return ratio >= 0.8 ? ratio : 0;
            case "quantity":
                return QuantityPair(a, b, content);
            case "event" when sameHappening:
                // The same kind of happening ("started", "broke out") about the same named things is one event.
                return 0.6 + (0.4 * content);
            default:
                if (!TimesCompatible(x, y) && x.Frame == "generic")
                {
                    return 0;
                }

                var shared = a.ContentSet.Count(b.ContentSet.Contains);
                return shared >= 2 && FuzzyContent(a, b, content) is var f && f >= 0.6 ? f : 0;
        }
    }

    /// <summary>
    /// Two figures state the same quantity when they share the unit and what is counted: a word of their own
    /// clause ("destroyed", "severance", "derailed"), or, failing that, the same entities and similar sentences.
    /// Generic units ("people", "percent") need two shared clause words when the entities differ.
    /// </summary>
    private double QuantityPair(Item a, Item b, double content)
    {
        if (ValueOf(a.Claim, "unit") is not { } unit || unit != ValueOf(b.Claim, "unit") || ValueOf(a.Claim, "scope") != ValueOf(b.Claim, "scope"))
        {
            return 0;
        }

        var shared = a.QuantityContext.Count(b.QuantityContext.Contains);
        var compatible = a.Entities.Count > 0 && b.Entities.Count > 0 && EntitiesCompatible(a.Entities, b.Entities);
        var needed = compatible || !ClaimQuantities.IsGenericUnit(unit, Lexicon) ? 1 : 2;
        if (shared >= needed)
        {
            return 0.5 + (0.5 * shared / Math.Max(1, Math.Min(a.QuantityContext.Count, b.QuantityContext.Count)));
        }

        if (compatible && unit == "age")
        {
            return 0.5;
        }

        // Figures tied to no named entity, in a specific unit, about a thing both sentences name ("at least 200
        // signatures" on "a petition asking ..." and "more than 300 signatures" on "a petition against ..."): the
        // thing may stand further from the number than the clause window reaches.
        if (a.Entities.Count == 0 && b.Entities.Count == 0 && !ClaimQuantities.IsGenericUnit(unit, Lexicon) && SharesThingCounted(a, b, unit))
        {
            return 0.5;
        }

        return EntitiesCompatible(a.Entities, b.Entities) && FuzzyContent(a, b, content) >= 0.5 ? content : 0;
    }

    /// <summary>A content word, not the unit nor a number, in both claims' texts.</summary>
    private bool SharesThingCounted(Item a, Item b, string unit)
    {
        var stem = ClaimQuantities.Stem(unit);
        foreach (var w in a.ContentSet)
        {
            if (b.ContentSet.Contains(w) && !char.IsDigit(w[0]) && !w.StartsWith(stem, StringComparison.Ordinal) && !Lexicon.NumberWords.ContainsKey(w) && !Lexicon.QuantityNoise.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Dice overlap of the content-word sets: cheap, and enough to decide clear cases.</summary>
    private static double Dice(Item a, Item b)
    {
        if (a.ContentSet.Count == 0 || b.ContentSet.Count == 0)
        {
            return 0;
        }

        var shared = a.ContentSet.Count(b.ContentSet.Contains);
        return 2.0 * shared / (a.ContentSet.Count + b.ContentSet.Count);
    }

    /// <summary>FuzzySharp's token-set ratio on folded content words, only for the unclear middle range of Dice.</summary>
    private static double FuzzyContent(Item a, Item b, double dice) =>
        dice >= 0.7 ? dice : dice < 0.3 ? dice : Fuzz.TokenSetRatio(a.ContentString, b.ContentString) / 100.0;

    /// <summary>Same entities, or one set inside the other, or at least half shared.</summary>
    internal static bool EntitiesCompatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count;
        }

        var shared = a.Count(b.Contains);
        if (shared == 0)
        {
            return false;
        }

        return shared == a.Count || shared == b.Count || shared * 2 >= a.Count + b.Count - shared;
    }

    private static bool TimesCompatible(Claim x, Claim y)
    {
        var tx = x.Arguments.Where(a => a.Role == "time" && a.Value is { Length: >= 10 }).Select(a => a.Value![..10]).ToHashSet(StringComparer.Ordinal);
        var ty = y.Arguments.Where(a => a.Role == "time" && a.Value is { Length: >= 10 }).Select(a => a.Value![..10]).ToHashSet(StringComparer.Ordinal);
        return tx.Count == 0 || ty.Count == 0 || tx.Overlaps(ty);
    }

    private Dictionary<string, List<string>> DocumentsByEntity(IReadOnlyList<AnalyzedDocument> documents, EntityResolution entities)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var d in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            foreach (var id in d.Mentions.Select(m => entities.EntityOf(m)?.Id ?? DocumentView.FallbackId(m.Type, m.Name, Lexicon)).Distinct(StringComparer.Ordinal))
            {
                if (!map.TryGetValue(id, out var list))
                {
                    map[id] = list = [];
                }

                list.Add(d.Id);
            }
        }

        return map;
    }

    private static AlignedFact ToFact(List<Item> items, IReadOnlyList<AnalyzedDocument> documents, Dictionary<string, List<string>> mentionIndex, Dictionary<string, string> names)
    {
        var claims = items.Select(i => i.Claim).ToArray();
        var stated = claims.Select(c => c.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var statedSet = stated.ToHashSet(StringComparer.Ordinal);

        // Core entities: those every stating document's claims share.
        var byDoc = items.GroupBy(i => i.Claim.Document, StringComparer.Ordinal).ToArray();
        IEnumerable<string>? core = null;
        foreach (var group in byDoc)
        {
            var ids = group.SelectMany(i => i.Entities).ToHashSet(StringComparer.Ordinal);
            core = core is null ? ids : core.Where(ids.Contains).ToArray();
        }

        var coreIds = (core ?? []).Order(StringComparer.Ordinal).ToArray();
        var omitted = new List<string>();
        if (coreIds.Length > 0 && coreIds.All(mentionIndex.ContainsKey))
        {
            var shortest = coreIds.Select(id => mentionIndex[id]).OrderBy(l => l.Count).First();
            var others = coreIds.Select(id => mentionIndex[id].ToHashSet(StringComparer.Ordinal)).ToArray();
            foreach (var doc in shortest)
            {
                if (!statedSet.Contains(doc) && others.All(o => o.Contains(doc)))
                {
                    omitted.Add(doc);
                    if (omitted.Count >= MaxOmittedBy)
                    {
                        break;
                    }
                }
            }
        }

        var evidence = claims.Select(c => new Evidence(c.Document, c.Text, c.Start, c.End, Detail(c))).ToArray();
        var signatures = byDoc.Select(g => string.Join(';', g.Select(i => Detail(i.Claim)).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Count();
        var status = stated.Length == 1 ? FactStatus.SingleSource : signatures == 1 ? FactStatus.Agreed : FactStatus.Complementary;
        var sources = claims.Select(c => c.CreditedSource is null ? null : TextFolding.Fold(c.CreditedSource)).Distinct(StringComparer.Ordinal).ToArray();
        var shared = stated.Length > 1 && sources.Length == 1 && sources[0] is not null ? claims[0].CreditedSource : null;
        var id = StableId.From("fact", [claims[0].Frame, .. claims.Select(c => c.Id)]);
        return new AlignedFact(id, claims[0].Frame, Summarize(claims, names), status, stated, omitted.Order(StringComparer.Ordinal).ToArray(), evidence)
        {
            Claims = claims,
            SharedSource = shared,
            Rule = claims[0].Frame,
        };
    }

    /// <summary>The normalized details of a claim that outlets may differ on (count, dates, numbers, classes).</summary>
    internal static string Detail(Claim c)
    {
        var parts = c.Arguments
            .Where(a => a.Role is "count" or "time" or "quantity" or "manner" or "demand" or "class" or "role" && a.Value is not null)
            .Select(a => a.Role + "=" + a.Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return string.Join(',', parts);
    }

    private static string Summarize(Claim[] claims, Dictionary<string, string> names)
    {
        var first = claims[0];
        string Name(string id) => names.TryGetValue(id, out var n) ? n
            : claims.SelectMany(c => c.Arguments).FirstOrDefault(a => a.EntityId == id)?.Text ?? id;
        // The first claim's entities, and any entity more than half the stating documents make a key entity: which
        // claim happens to come first must not decide who a fact is about.
        var docs = claims.Select(c => c.Document).Distinct(StringComparer.Ordinal).Count();
        var firstKeys = KeyEntities(first);
        var widely = docs < 2 ? [] : claims
            .SelectMany(c => KeyEntities(c).Select(e => (Entity: e, c.Document)))
            .Distinct()
            .GroupBy(x => x.Entity, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 > docs && !firstKeys.Contains(g.Key))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToArray();
        var entities = firstKeys.Concat(widely).Select(Name).ToArray();
        var values = (string role) => string.Join(", ", claims.Select(c => ValueOf(c, role)).Where(v => v is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var who = string.Join(" and ", entities);
        return first.Frame switch
        {
            "contact" => string.Create(CultureInfo.InvariantCulture, $"Contact between {who}") + Details(("stated counts", values("count")), ("dates", string.Join(", ", claims.SelectMany(c => c.Arguments).Where(a => a.Role == "time").Select(a => a.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))) + ".",
            "demand" => DemandSummary(claims, who, first.Arguments.FirstOrDefault(a => a.Role == "patient" && a.EntityId is not null) is { } p ? Name(p.EntityId!) : null),
            "departure" => EndSentence($"{who} left the post, described as: {values("manner")}"),
            "role" => EndSentence($"{who} is described as: {string.Join("; ", claims.Select(c => c.Arguments.FirstOrDefault(a => a.Role == "role")?.Text).Where(t => t is not null).Distinct(StringComparer.Ordinal))}"),
            "statement" => $"{(who.Length > 0 ? who : "Unattributed")} is quoted: \u201C{Shorten(first.Text, 100)}\u201D.",
            "quantity" => $"{values("quantity")} {ValueOf(first, "unit")}: {Shorten(first.Text, 100)}",
            _ => Shorten(first.Text, 140),
        };
    }

    /// <summary>Closes a sentence with a full stop unless its last word already has one ("Sen." gives "Sen.", not "Sen..").</summary>
    internal static string EndSentence(string s) => s.EndsWith('.') ? s : s + ".";

    /// <summary>"Jane Roe called for Ann Lee's resignation.", "Calls for an independent commission.": demands in plain words.</summary>
    private static string DemandSummary(Claim[] claims, string who, string? addressee)
    {
        var demands = claims.Select(c => ValueOf(c, "demand")).Where(v => v is not null).Select(v => v!)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var what = DemandWording.List(demands, addressee);
        return claims[0].Arguments.Any(a => a.Role == "agent") ? $"{who} called for {what}." : $"Calls for {what}.";
    }

    private static string Details(params (string Label, string Value)[] parts)
    {
        var shown = parts.Where(p => p.Value.Length > 0).Select(p => p.Label + ": " + p.Value).ToArray();
        return shown.Length == 0 ? string.Empty : " (" + string.Join("; ", shown) + ")";
    }

    private static string Shorten(string text, int max)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : string.Concat(t.AsSpan(0, max - 1), "\u2026");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Aligned {Claims} claims into {Facts} facts")]
    private static partial void LogAligned(ILogger logger, int claims, int facts);

    /// <summary>A claim with the precomputed parts alignment compares.</summary>
    private sealed class Item
    {
        public Item(Claim claim, TextWords words, Lexicon lexicon)
        {
            Claim = claim;
            Entities = KeyEntities(claim);
            Content = words.Content;
            ContentString = words.ContentString;
            ContentSet = words.ContentSet;
            Folded = words.Folded;
            QuantityContext = claim.Frame == "quantity" ? ClaimQuantities.QuantityContext(claim, lexicon) : [];

            // Everything Pair reads; claims with equal signatures score alike against any other claim.
            var times = claim.Arguments.Where(a => a.Role == "time" && a.Value is { Length: >= 10 }).Select(a => a.Value![..10]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            Signature = string.Join(
                "\u0001",
                claim.Frame,
                string.Join('\u0002', Entities),
                ContentString,
                Folded,
                ValueOf(claim, "demand") ?? "\u0003",
                claim.Arguments.FirstOrDefault(r => r.Role == "patient")?.EntityId ?? "\u0003",
                ValueOf(claim, "unit") ?? "\u0003",
                ValueOf(claim, "scope") ?? "\u0003",
                ValueOf(claim, "predicate") ?? "\u0003",
                string.Join('\u0002', QuantityContext.Order(StringComparer.Ordinal)),
                string.Join('\u0002', times));
        }

        public HashSet<string> QuantityContext { get; }

        public string Signature { get; }

        public int SignatureId { get; set; }

        public Claim Claim { get; }

        /// <summary>The text a claim is compared on: a statement's quoted content, otherwise the claim's text.</summary>
        public static string TextOf(Claim claim) =>
            claim.Frame == "statement" ? claim.Arguments.FirstOrDefault(a => a.Role == "content")?.Text ?? claim.Text : claim.Text;

        public IReadOnlyList<string> Entities { get; }

        public List<string> Content { get; }

        public string ContentString { get; }

        public HashSet<string> ContentSet { get; }

        public string Folded { get; }
    }

    /// <summary>The word analysis of one claim text, shared by every claim with that text (read-only).</summary>
    private sealed class TextWords
    {
        public TextWords(string text, Lexicon lexicon)
        {
            Content = ClaimText.ContentWords(text, lexicon);
            ContentString = string.Join(' ', Content);
            ContentSet = Content.ToHashSet(StringComparer.Ordinal);
            Folded = string.Join(' ', ClaimText.Words(text, lexicon));
        }

        public List<string> Content { get; }

        public string ContentString { get; }

        public HashSet<string> ContentSet { get; }

        public string Folded { get; }
    }
}
