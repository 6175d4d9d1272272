namespace FactCheck;

/// <summary>A piece of article text that supports a fact or a finding.</summary>
/// <param name="Document">Id of the document the text comes from.</param>
/// <param name="Text">The quoted text, exactly as it stands in the document.</param>
/// <param name="Start">Character offset of <paramref name="Text"/> in the document's original text.</param>
/// <param name="End">Offset one past the end of <paramref name="Text"/>.</param>
/// <param name="Value">The normalized value this evidence stands for (a TIMEX3 date, a number, a spelling), or null.</param>
public sealed record Evidence(string Document, string Text, int Start, int End, string? Value = null);
