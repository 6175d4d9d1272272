using FactCheck.Alignment;
using FactCheck.Claims;
using FactCheck.Entities;

namespace FactCheck.Conflicts;

/// <summary>Who demanded what, in which document.</summary>
/// <param name="Entity">Id of the person or organization making the demand.</param>
/// <param name="Demand"><c>resign</c>, <c>recuse</c>, <c>special-counsel</c>, <c>independent-commission</c>, <c>investigation</c>, or a short normalized phrase.</param>
/// <param name="Document">Id of the document that reports it.</param>
/// <param name="Evidence">The reporting text.</param>
public sealed record Stance(string Entity, string Demand, string Document, Evidence Evidence)
{
    /// <summary>Whether the demand is conditional ("if there is an allegation of a crime").</summary>
    public bool Conditional { get; init; }
}

/// <summary>Everything the conflict stage sees.</summary>
/// <param name="Documents">The analyzed documents, in canonical order.</param>
/// <param name="Entities">The resolved entities.</param>
/// <param name="Claims">All claims.</param>
/// <param name="Facts">The aligned facts.</param>
public sealed record ConflictContext(
    IReadOnlyList<AnalyzedDocument> Documents,
    EntityResolution Entities,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<AlignedFact> Facts);

/// <summary>The conflict stage's output.</summary>
/// <param name="Facts">The facts, with their statuses revised by the detector.</param>
/// <param name="Findings">The findings.</param>
/// <param name="Stances">The stance matrix as a list of cells.</param>
public sealed record ConflictResult(IReadOnlyList<AlignedFact> Facts, IReadOnlyList<Finding> Findings, IReadOnlyList<Stance> Stances);

/// <summary>Tells agreement, complementary detail, difference and contradiction apart.</summary>
public interface IConflictDetector
{
    /// <summary>Finds the discrepancies between the documents.</summary>
    ConflictResult Detect(ConflictContext context, CancellationToken cancellationToken = default);
}
