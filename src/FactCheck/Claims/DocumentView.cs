using FactCheck.Entities;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>An entity mention with the id it resolves to (the cluster's entity, or a name key when unresolved).</summary>
internal sealed record ResolvedMention(EntityMention Mention, string EntityId, string DisplayName);

/// <summary>
/// Read-only lookups over one analyzed document that the claim and conflict stages share: resolved mentions,
/// quote spans and speakers. Built per document; holds no state beyond it.
/// </summary>
internal sealed class DocumentView
{
    public DocumentView(AnalyzedDocument document, EntityResolution entities)
    {
        Document = document;
        Entities = entities;
        Mentions = document.Mentions
            .OrderBy(m => m.Start).ThenBy(m => m.End)
            .Select(m => Resolve(m, entities))
            .ToArray();
        Quotes = document.Quotes.OrderBy(q => q.Start).ToArray();
    }

    public AnalyzedDocument Document { get; }

    public EntityResolution Entities { get; }

    public IReadOnlyList<ResolvedMention> Mentions { get; }

    public IReadOnlyList<Quotation> Quotes { get; }

    /// <summary>The id used for a mention nobody resolved: type and folded name, so equal names still align.</summary>
    public static string FallbackId(EntityType type, string name) =>
        string.Concat(type.ToString().ToLowerInvariant(), ":", Slug(name));

    public static string Slug(string text)
    {
        var words = ClaimText.Words(text);
        return string.Join('-', words);
    }

    /// <summary>Mentions that overlap <c>[start, end)</c>.</summary>
    public IEnumerable<ResolvedMention> MentionsIn(int start, int end) =>
        Mentions.Where(m => m.Mention.Start < end && start < m.Mention.End);

    /// <summary>The quotation containing <paramref name="offset"/>, or null.</summary>
    public Quotation? QuoteAt(int offset)
    {
        foreach (var q in Quotes)
        {
            if (offset >= q.Start && offset < q.End)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>
    /// The id of a quotation's speaker: the entity of a mention under the speaker span, else the entity the
    /// resolved name belongs to, else <c>anon:</c> plus the folded description ("anon:white-house-official").
    /// Null when the quote credits no one.
    /// </summary>
    public string? SpeakerId(Quotation quote)
    {
        if (quote.Speaker is not { } sp)
        {
            return null;
        }

        var person = MentionsIn(sp.Start, sp.End).FirstOrDefault(m => m.Mention.Type == EntityType.Person)
            ?? MentionsIn(sp.Start, sp.End).FirstOrDefault();
        if (person is not null)
        {
            return person.EntityId;
        }

        var name = sp.ResolvedName;
        if (!string.IsNullOrWhiteSpace(name))
        {
            var slug = Slug(name);
            foreach (var m in Mentions)
            {
                if (m.Mention.Type == EntityType.Person && (Slug(m.Mention.Name) == slug || Slug(m.DisplayName) == slug))
                {
                    return m.EntityId;
                }
            }

            // A surname alone ("Smith") resolves to the person whose name ends with it.
            foreach (var m in Mentions)
            {
                if (m.Mention.Type == EntityType.Person && Slug(m.DisplayName).EndsWith("-" + slug, StringComparison.Ordinal))
                {
                    return m.EntityId;
                }
            }

            return FallbackId(EntityType.Person, name);
        }

        return AnonymousId(sp.Text);
    }

    /// <summary>Whether a speaker id stands for an unnamed speaker.</summary>
    public static bool IsAnonymous(string? speakerId) => speakerId is not null && speakerId.StartsWith("anon:", StringComparison.Ordinal);

    /// <summary>The display name of an entity id seen in this document.</summary>
    public string NameOf(string id)
    {
        foreach (var m in Mentions)
        {
            if (m.EntityId == id)
            {
                return m.DisplayName;
            }
        }

        return id;
    }

    private static string AnonymousId(string description)
    {
        var words = ClaimText.Words(description).Where(w => w is not ("a" or "an" or "the" or "one")).ToList();
        return "anon:" + string.Join('-', words);
    }

    private static ResolvedMention Resolve(EntityMention m, EntityResolution entities)
    {
        var e = entities.EntityOf(m);
        return e is not null
            ? new ResolvedMention(m, e.Id, e.Name)
            : new ResolvedMention(m, FallbackId(m.Type, m.Name), m.Name);
    }
}
