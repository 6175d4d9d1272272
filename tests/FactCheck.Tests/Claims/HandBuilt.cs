using System.Text.RegularExpressions;
using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Conflicts;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Text;
using FactCheck.Time;

namespace FactCheck.Tests.Claims;

/// <summary>
/// Builds an <see cref="AnalyzedDocument"/> by hand (sentences, mentions, quotes, times), so the claim,
/// alignment and conflict stages are tested without the upstream stages.
/// </summary>
internal sealed partial class HandDoc
{
    private readonly List<(string Text, string Id, EntityType Type, string? Role)> _names = [];
    private readonly List<(string Text, string Value)> _times = [];
    private readonly Dictionary<string, string?> _speakers = new(StringComparer.Ordinal);

    public HandDoc(string id, string text, DateOnly? published = null)
    {
        Id = id;
        Text = text;
        Published = published;
    }

    public string Id { get; }

    public string Text { get; }

    public DateOnly? Published { get; }

    /// <summary>Every occurrence of <paramref name="text"/> is a mention of entity <paramref name="id"/>.</summary>
    public HandDoc Person(string text, string id, string? role = null) => Add(text, id, EntityType.Person, role);

    public HandDoc Org(string text, string id) => Add(text, id, EntityType.Organization, null);

    public HandDoc Place(string text, string id) => Add(text, id, EntityType.Place, null);

    /// <summary>Every occurrence of <paramref name="text"/> is a time expression with <paramref name="value"/>.</summary>
    public HandDoc Time(string text, string value)
    {
        _times.Add((text, value));
        return this;
    }

    /// <summary>The quote starting with <paramref name="quoteStart"/> is credited to the text <paramref name="speaker"/> (null: to no one).</summary>
    public HandDoc Speaker(string quoteStart, string? speaker)
    {
        _speakers[quoteStart] = speaker;
        return this;
    }

    public AnalyzedDocument Build()
    {
        var sentences = SplitSentences(Text);
        var mentions = new List<EntityMention>();
        foreach (var (name, _, type, role) in _names.OrderByDescending(n => n.Text.Length))
        {
            foreach (Match m in Regex.Matches(Text, @"\b" + Regex.Escape(name) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                if (mentions.Any(x => x.Start < m.Index + m.Length && m.Index < x.End))
                {
                    continue;
                }

                RoleMention? roleMention = null;
                if (role is not null && Text.IndexOf(role, StringComparison.Ordinal) is var ri and >= 0)
                {
                    roleMention = new RoleMention(Id, role, ri, ri + role.Length);
                }

                mentions.Add(new EntityMention(Id, name, m.Index, m.Index + m.Length, type) { Role = roleMention });
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var times = new List<TimeExpression>();
        foreach (var (t, v) in _times)
        {
            foreach (Match m in Regex.Matches(Text, @"\b" + Regex.Escape(t) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                times.Add(new TimeExpression(Id, t, m.Index, m.Index + m.Length, v, v.Length == 4 ? TimeGranularity.Year : v.Length <= 7 ? TimeGranularity.Month : TimeGranularity.Day));
            }
        }

        times.Sort((a, b) => a.Start.CompareTo(b.Start));
        var quotes = new List<Quotation>();
        foreach (Match m in QuoteRegex().Matches(Text))
        {
            var g = m.Groups[1];
            var sentence = sentences.FirstOrDefault(s => s.Start <= g.Index && g.Index < s.End);
            SpeakerMention? speaker = null;
            var key = _speakers.Keys.FirstOrDefault(k => g.Value.StartsWith(k, StringComparison.Ordinal));
            if (key is not null)
            {
                var name = _speakers[key];
                if (name is not null)
                {
                    var at = NearestOccurrence(name, g.Index);
                    speaker = new SpeakerMention(name, at, at + name.Length);
                }
            }
            else if (sentence is not null)
            {
                var person = mentions.Where(x => x.Type == EntityType.Person && x.Start >= sentence.Start && x.End <= sentence.End && (x.End <= m.Index || x.Start >= m.Index + m.Length))
                    .OrderBy(x => Math.Abs(x.Start - g.Index)).FirstOrDefault();
                if (person is not null)
                {
                    speaker = new SpeakerMention(person.Text, person.Start, person.End);
                }
            }

            quotes.Add(new Quotation(g.Index, g.Index + g.Length, g.Value, speaker, "said", sentence?.Index ?? -1));
        }

        var source = new SourceDocument(Id, Text) { Published = Published, Outlet = Id };
        var pub = Published is { } p ? new PublicationDate(p, PublishedBasis.Metadata, false) : PublicationDate.Unknown;
        return new AnalyzedDocument(source)
        {
            Sentences = sentences,
            Mentions = mentions,
            Quotes = quotes,
            Time = new DocumentTime(pub, times),
        };
    }

    public IEnumerable<(string Id, EntityType Type, string Name)> Entities() =>
        _names.Select(n => (n.Id, n.Type, n.Text));

    private static List<Sentence> SplitSentences(string text)
    {
        var result = new List<Sentence>();
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var end = m.Index + m.Length;
            var trimmed = text[start..end].TrimEnd();
            if (trimmed.Length > 0)
            {
                result.Add(new Sentence(result.Count, start, start + trimmed.Length, trimmed));
            }

            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            var trimmed = text[start..].TrimEnd();
            result.Add(new Sentence(result.Count, start, start + trimmed.Length, trimmed));
        }

        return result;
    }

    private int NearestOccurrence(string name, int near)
    {
        var best = -1;
        foreach (Match m in Regex.Matches(Text, Regex.Escape(name), RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            if (best < 0 || Math.Abs(m.Index - near) < Math.Abs(best - near))
            {
                best = m.Index;
            }
        }

        return Math.Max(best, 0);
    }

    private HandDoc Add(string text, string id, EntityType type, string? role)
    {
        _names.Add((text, id, type, role));
        return this;
    }

    [GeneratedRegex("\"([^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuoteRegex();

    // A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and a capital or quote.
    [GeneratedRegex("(?<![A-Z][a-z]?\\.?[A-Z]?)(?<!\\b(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|St|Feb|Jan|Aug|Sept|Oct|Nov|Dec))[.!?]\"?(?=\\s+[\"A-Z])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();
}

/// <summary>Runs the claim, alignment and conflict stages over hand-built documents.</summary>
internal static class HandCluster
{
    public static EntityResolution Resolve(IReadOnlyList<AnalyzedDocument> docs, IReadOnlyList<HandDoc> hands)
    {
        var names = hands.SelectMany(h => h.Entities()).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Name.Length).First());
        var entities = new List<Entity>();
        foreach (var (id, info) in names.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var mentions = docs.SelectMany(d => d.Mentions.Select(m => (d, m)))
                .Where(x => hands.First(h => h.Id == x.d.Id).Entities().Any(e => e.Id == id && e.Name == x.m.Text))
                .Select(x => x.m).ToList();
            var roles = mentions.Where(m => m.Role is not null).Select(m => m.Role!).ToList();
            entities.Add(new Entity(id, info.Type, info.Name, [new EntityVariant(info.Name, mentions.Select(m => m.Document).Distinct().Order(StringComparer.Ordinal).ToList(), false)], mentions, roles, []));
        }

        return new EntityResolution(entities, []);
    }

    public static (IReadOnlyList<AnalyzedDocument> Docs, EntityResolution Entities, Claim[] Claims, IReadOnlyList<AlignedFact> Facts) Align(params HandDoc[] hands)
    {
        var docs = hands.Select(h => h.Build()).ToList();
        var entities = Resolve(docs, hands);
        var extractor = new ClaimExtractor();
        docs = docs.Select(d => d with { Claims = extractor.Extract(d, entities) }).ToList();
        var claims = docs.SelectMany(d => d.Claims).ToArray();
        var facts = new ClaimAligner().Align(claims, docs, entities);
        return (docs, entities, claims, facts);
    }

    public static ConflictResult Detect(params HandDoc[] hands)
    {
        var (docs, entities, claims, facts) = Align(hands);
        return new ConflictDetector().Detect(new ConflictContext(docs, entities, claims, facts));
    }

    public static IReadOnlyList<Claim> Claims(HandDoc hand)
    {
        var doc = hand.Build();
        return new ClaimExtractor().Extract(doc, Resolve([doc], [hand]));
    }
}
