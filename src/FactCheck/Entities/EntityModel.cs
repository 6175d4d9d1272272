using System.Text.Json.Serialization;

namespace FactCheck.Entities;

/// <summary>The type of a named entity.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    [JsonStringEnumMemberName("person")] Person,
    /// <summary>An organization: a company, agency, party, committee, outlet.</summary>
    [JsonStringEnumMemberName("organization")] Organization,
    /// <summary>A place: a country, state, city, region.</summary>
    [JsonStringEnumMemberName("place")] Place,
    /// <summary>Any other named thing (an event such as a convention or an election).</summary>
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>One mention of a named entity in one document.</summary>
/// <param name="Document">Id of the document.</param>
/// <param name="Text">The name as written, without a title or role before it ("Dana Whitlow" in "Sen. Dana Whitlow", which keeps "Sen." as its <see cref="Role"/>; "Whitlow's" is recorded as "Whitlow").</param>
/// <param name="Start">Offset of the mention.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="Type">The entity type.</param>
public sealed record EntityMention(string Document, string Text, int Start, int End, EntityType Type)
{
    /// <summary>The name without titles or honorifics ("Dana Whitlow" for "Sen. Dana Whitlow"); equals <see cref="Text"/> when there are none.</summary>
    public string Name { get; init; } = Text;

    /// <summary>A role or title attached to this mention ("Attorney General", "a spokeswoman for the department"), or null.</summary>
    public RoleMention? Role { get; init; }

    /// <summary>Party and state affiliation attached to this mention ("D-Minn.", "a Maryland Democrat"), or null.</summary>
    public string? Affiliation { get; init; }

    /// <summary>The affiliation normalized to a party letter and a US postal state code ("D-MN", "R-CA", or "D" without a state), or null.</summary>
    public string? AffiliationCode { get; init; }
}

/// <summary>A role or title as written in one document.</summary>
/// <param name="Document">Id of the document.</param>
/// <param name="Text">The role as written.</param>
/// <param name="Start">Offset of the role's text.</param>
/// <param name="End">Offset one past it.</param>
public sealed record RoleMention(string Document, string Text, int Start, int End);

/// <summary>A spelling of an entity's name and the documents that use it.</summary>
/// <param name="Text">The spelling.</param>
/// <param name="Documents">Ids of the documents that use it, sorted.</param>
/// <param name="Misspelling">Whether the spelling is judged a misspelling of the canonical name.</param>
public sealed record EntityVariant(string Text, IReadOnlyList<string> Documents, bool Misspelling);

/// <summary>One real-world referent resolved across all documents of the cluster.</summary>
/// <param name="Id">Stable id derived from the canonical name and type (e.g. <c>person:jane-doe</c>).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">The canonical name: the most complete, most widely used spelling.</param>
/// <param name="Variants">Every spelling used, with the documents that use it.</param>
/// <param name="Mentions">Every mention, ordered by document and offset.</param>
/// <param name="Roles">Roles and titles per document.</param>
/// <param name="Affiliations">Party and state affiliations seen (e.g. "D-Minn."), distinct.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<EntityVariant> Variants,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<RoleMention> Roles,
    IReadOnlyList<string> Affiliations);

/// <summary>The resolved entities of a cluster and the spelling findings that resolution produced.</summary>
/// <param name="Entities">The entities, ordered by id.</param>
/// <param name="Findings">Spelling findings (one per misspelt variant).</param>
public sealed record EntityResolution(IReadOnlyList<Entity> Entities, IReadOnlyList<Finding> Findings)
{
    private readonly Dictionary<(string Document, int Start), Entity> _byMention = Index(Entities);

    /// <summary>An empty resolution.</summary>
    public static EntityResolution Empty { get; } = new([], []);

    /// <summary>The entity a mention was resolved to, or null.</summary>
    public Entity? EntityOf(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return _byMention.GetValueOrDefault((mention.Document, mention.Start));
    }

    /// <summary>The entity whose mention starts at <paramref name="start"/> in <paramref name="document"/>, or null.</summary>
    public Entity? EntityAt(string document, int start) => _byMention.GetValueOrDefault((document, start));

    private static Dictionary<(string, int), Entity> Index(IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var map = new Dictionary<(string, int), Entity>();
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                map.TryAdd((m.Document, m.Start), e);
            }
        }

        return map;
    }
}

/// <summary>Finds named-entity mentions in one document.</summary>
public interface IEntityRecognizer
{
    /// <summary>Recognizes the mentions in the sentences of <paramref name="document"/>, ordered by offset.</summary>
    IReadOnlyList<EntityMention> Recognize(AnalyzedDocument document);
}

/// <summary>Resolves mentions from all documents into entities.</summary>
public interface IEntityResolver
{
    /// <summary>Groups the mentions of all documents into real-world entities and reports misspellings.</summary>
    EntityResolution Resolve(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default);
}
