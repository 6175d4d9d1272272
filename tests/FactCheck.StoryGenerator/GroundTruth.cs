using FactCheck.Ingestion;

namespace FactCheck.StoryGenerator;

/// <summary>A discrepancy the generator injected, so a checker is expected to report it.</summary>
/// <param name="Kind">The finding kind that should report it.</param>
/// <param name="Subject">What it is about ("the hearing date", the person's canonical name).</param>
/// <param name="CommonValue">The value most documents give, as written.</param>
/// <param name="OddValue">The injected value, as written in the odd documents.</param>
/// <param name="OddDocuments">The documents that carry the odd value, sorted.</param>
/// <param name="CommonDocuments">Documents that state the common value, sorted (may be empty for a publication date).</param>
public sealed record ExpectedFinding(
    FindingKind Kind,
    string Subject,
    string CommonValue,
    string OddValue,
    IReadOnlyList<string> OddDocuments,
    IReadOnlyList<string> CommonDocuments);

/// <summary>A look-alike that must NOT be reported as a discrepancy of <paramref name="Kind"/>.</summary>
/// <param name="Kind">The kind a careless checker might report.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Values">The values as written (e.g. the two meeting dates).</param>
/// <param name="Documents">Where they appear, sorted.</param>
/// <param name="Why">Why they are compatible.</param>
public sealed record ExpectedNonConflict(FindingKind Kind, string Subject, IReadOnlyList<string> Values, IReadOnlyList<string> Documents, string Why);

/// <summary>What the generator put into a story.</summary>
/// <param name="Findings">Injected discrepancies.</param>
/// <param name="NonConflicts">Injected look-alikes that are compatible.</param>
public sealed record GroundTruth(IReadOnlyList<ExpectedFinding> Findings, IReadOnlyList<ExpectedNonConflict> NonConflicts);

/// <summary>A generated story: the documents and what was injected into them.</summary>
/// <param name="Seed">The seed it was generated from.</param>
/// <param name="Documents">The articles, ordered by id.</param>
/// <param name="Truth">The recorded discrepancies and non-conflicts.</param>
public sealed record GeneratedStory(ulong Seed, IReadOnlyList<SourceDocument> Documents, GroundTruth Truth)
{
    /// <summary>Total characters of all documents.</summary>
    public long TotalChars => Documents.Sum(d => (long)d.Text.Length);
}
