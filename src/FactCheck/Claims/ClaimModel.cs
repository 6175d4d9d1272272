using FactCheck.Entities;

namespace FactCheck.Claims;

/// <summary>One argument of a claim: who, to whom, when, where, how many, how.</summary>
/// <param name="Role">The argument's role: <c>agent</c>, <c>patient</c>, <c>time</c>, <c>place</c>, <c>quantity</c>, <c>manner</c>, <c>demand</c>, <c>content</c>.</param>
/// <param name="Text">The argument as written.</param>
/// <param name="Start">Offset of the argument.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="EntityId">The resolved entity, for entity arguments; otherwise null.</param>
/// <param name="Value">The normalized value (TIMEX3 date, number, demand name), or null.</param>
public sealed record ClaimArgument(string Role, string Text, int Start, int End, string? EntityId = null, string? Value = null);

/// <summary>Something an outlet states, in one sentence.</summary>
/// <param name="Id">Stable id (<c>document#sentence.n</c>).</param>
/// <param name="Document">Id of the document.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Start">Offset of the claim's text (the sentence or the clause).</param>
/// <param name="End">Offset one past it.</param>
/// <param name="Frame">The frame: <c>contact</c>, <c>demand</c>, <c>statement</c>, <c>role</c>, <c>quantity</c>, <c>departure</c>, <c>event</c>, <c>generic</c>.</param>
/// <param name="Text">The claim's text.</param>
/// <param name="Arguments">Its arguments.</param>
public sealed record Claim(string Id, string Document, int Sentence, int Start, int End, string Frame, string Text, IReadOnlyList<ClaimArgument> Arguments)
{
    /// <summary>Whether the claim is negated or a denial.</summary>
    public bool Negated { get; init; }

    /// <summary>Hedges and modal cues ("reportedly", "at least", "is believed to", "must").</summary>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <summary>The upstream source the outlet credits ("The Washington Post"), or null.</summary>
    public string? CreditedSource { get; init; }

    /// <summary>Whether the claim is conditional ("should resign if the report is true").</summary>
    public bool Conditional { get; init; }

    /// <summary>Whether the claim's trigger stands inside a quotation (so it is the speaker's wording, not the outlet's).</summary>
    public bool Quoted { get; init; }

    /// <summary>For a quoted claim, the speaker's entity id (or an <c>anon:</c> key for an unnamed speaker); otherwise null.</summary>
    public string? Speaker { get; init; }

    /// <summary>The normalized value of the first argument in <paramref name="role"/> (see <see cref="ArgumentRoles"/>), or null.</summary>
    /// <param name="role">The argument role.</param>
    /// <returns>The value, or null when the claim has no such argument or it has no value.</returns>
    public string? ValueOf(string role) => Arguments.FirstOrDefault(a => a.Role == role)?.Value;
}

/// <summary>Finds the claims of one document.</summary>
public interface IClaimExtractor
{
    /// <summary>Extracts the claims of <paramref name="document"/>, whose mentions are resolved by <paramref name="entities"/>.</summary>
    IReadOnlyList<Claim> Extract(AnalyzedDocument document, EntityResolution entities);
}
