namespace FactCheck.Text;

/// <summary>One line of a document with the boilerplate stage's verdict.</summary>
/// <param name="Start">Offset of the line's first character (line terminator excluded).</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Kept">Whether the line is reporting (kept) rather than site chrome (dropped).</param>
/// <param name="Reason">Why it was dropped or kept, for logs and debugging (e.g. <c>chrome-phrase</c>, <c>short-title-run</c>, <c>sentence</c>).</param>
public sealed record TextLine(int Start, int End, bool Kept, string Reason);

/// <summary>A sentence of the kept text.</summary>
/// <param name="Index">Position of the sentence in its document, from 0.</param>
/// <param name="Start">Offset of its first character in the original text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Text">The sentence as written.</param>
public sealed record Sentence(int Index, int Start, int End, string Text);

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or periods (U.S.).</summary>
    Word,
    /// <summary>Digits, possibly with separators (1,000 or 2.5).</summary>
    Number,
    /// <summary>Any other visible character.</summary>
    Punctuation,
}

/// <summary>A token with its offsets and a folded form for matching.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Folded">Lower-case, accent-free form with straight quotes, for matching.</param>
/// <param name="Kind">What the token is made of.</param>
public sealed record Token(int Start, int End, string Text, string Folded, TokenKind Kind);

/// <summary>Who a quotation is credited to, as written in the text.</summary>
/// <param name="Text">The speaker's mention (a name, a pronoun resolved elsewhere, or a role such as "the spokeswoman").</param>
/// <param name="Start">Offset of the mention.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="ResolvedName">For a pronoun or role, the name of the person it was resolved to; otherwise null.</param>
public sealed record SpeakerMention(string Text, int Start, int End, string? ResolvedName = null);

/// <summary>A quotation found in a document.</summary>
/// <param name="Start">Offset of the quoted words (inside the quote marks).</param>
/// <param name="End">Offset one past them.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">Who said it, or null when the text credits no one.</param>
/// <param name="Cue">The cue that ties the speaker to the quote ("said", "told CNN", "tweeted", ":"), or null.</param>
/// <param name="SentenceIndex">Index of the sentence where the quote begins, or -1.</param>
public sealed record Quotation(int Start, int End, string Text, SpeakerMention? Speaker, string? Cue, int SentenceIndex);
