using System.Text.Json.Serialization;

namespace FactCheck;

/// <summary>What kind of discrepancy a <see cref="Finding"/> reports. Serialized as the kebab-case names of the report schema.</summary>
public enum FindingKind
{
    /// <summary>A name spelt differently from the cluster's canonical spelling.</summary>
    [JsonStringEnumMemberName("spelling")] Spelling,
    /// <summary>Different dates for the same event.</summary>
    [JsonStringEnumMemberName("date")] Date,
    /// <summary>Different numbers for the same quantity.</summary>
    [JsonStringEnumMemberName("number")] Number,
    /// <summary>The same speaker's quote worded differently.</summary>
    [JsonStringEnumMemberName("quote-wording")] QuoteWording,
    /// <summary>The same words credited to different speakers.</summary>
    [JsonStringEnumMemberName("attribution")] Attribution,
    /// <summary>Different roles or titles for the same person.</summary>
    [JsonStringEnumMemberName("role-title")] RoleTitle,
    /// <summary>The same event described in incompatible terms, or a paraphrase that misstates its quote.</summary>
    [JsonStringEnumMemberName("characterization")] Characterization,
    /// <summary>Outlets differ about who demanded what.</summary>
    [JsonStringEnumMemberName("stance-coverage")] StanceCoverage,
    /// <summary>A publication date that the text contradicts.</summary>
    [JsonStringEnumMemberName("publication-date")] PublicationDate,
}

/// <summary>How much a finding matters to a reader.</summary>
public enum Severity
{
    /// <summary>Worth knowing; not a discrepancy in substance.</summary>
    [JsonStringEnumMemberName("note")] Note = 0,
    /// <summary>Worth a reader's attention, but the versions can all be true.</summary>
    [JsonStringEnumMemberName("difference")] Difference = 1,
    /// <summary>Two values for the same slot that cannot both be true.</summary>
    [JsonStringEnumMemberName("contradiction")] Contradiction = 2,
}

/// <summary>One discrepancy between the articles, with its evidence from every side.</summary>
/// <param name="Id">Stable id, derived from the finding's content (the same articles always give the same ids).</param>
/// <param name="Kind">The kind of discrepancy.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Confidence">How sure the checker is, from 0 to 1.</param>
/// <param name="Summary">One sentence a reader understands.</param>
/// <param name="Entities">Ids of the entities involved.</param>
/// <param name="Evidence">The supporting text from every side.</param>
public sealed record Finding(
    string Id,
    FindingKind Kind,
    Severity Severity,
    double Confidence,
    string Summary,
    IReadOnlyList<string> Entities,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// The name of the rule (comparer) that produced the finding, for example <c>quote-wording</c>; see
    /// <see cref="FactCheck.Rules.IRule.Name"/>. Empty only for findings built outside the pipeline.
    /// </summary>
    public string Rule { get; init; } = string.Empty;
}
