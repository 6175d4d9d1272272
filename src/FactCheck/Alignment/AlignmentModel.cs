using System.Text.Json.Serialization;
using FactCheck.Claims;
using FactCheck.Entities;

namespace FactCheck.Alignment;

/// <summary>How the outlets that state a fact relate to each other.</summary>
public enum FactStatus
{
    /// <summary>Every outlet that states it agrees.</summary>
    [JsonStringEnumMemberName("agreed")] Agreed,
    /// <summary>Outlets give different details that can all be true.</summary>
    [JsonStringEnumMemberName("complementary")] Complementary,
    /// <summary>Only one outlet states it.</summary>
    [JsonStringEnumMemberName("single-source")] SingleSource,
    /// <summary>Outlets differ in a way worth a reader's attention, but compatible.</summary>
    [JsonStringEnumMemberName("differing")] Differing,
    /// <summary>Outlets give values that cannot both be true.</summary>
    [JsonStringEnumMemberName("contradicting")] Contradicting,
}

/// <summary>The same fact as stated across documents.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Frame">The claims' frame.</param>
/// <param name="Summary">One sentence describing the fact.</param>
/// <param name="Status">How the outlets relate.</param>
/// <param name="StatedIn">Ids of the documents that state it, sorted.</param>
/// <param name="OmittedBy">Ids of the documents that do not, sorted.</param>
/// <param name="Evidence">The stating text from each document.</param>
public sealed record AlignedFact(
    string Id,
    string Frame,
    string Summary,
    FactStatus Status,
    IReadOnlyList<string> StatedIn,
    IReadOnlyList<string> OmittedBy,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The aligned claims, ordered by document and offset.</summary>
    [JsonIgnore]
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>The upstream source the stating outlets share, when they all credit the same one (so they are not independent corroboration).</summary>
    public string? SharedSource { get; init; }

    /// <summary>The rule that built the fact: the name of the claim frame whose alignment grouped its claims (see <see cref="ClaimFrames"/>), or the name a replacement aligner gives.</summary>
    public string Rule { get; init; } = string.Empty;
}

/// <summary>Groups the claims of all documents into facts.</summary>
public interface IClaimAligner
{
    /// <summary>Aligns the same fact across documents, using blocking so cost grows near-linearly with the number of claims.</summary>
    IReadOnlyList<AlignedFact> Align(IReadOnlyList<Claim> claims, IReadOnlyList<AnalyzedDocument> documents, EntityResolution entities, CancellationToken cancellationToken = default);
}
