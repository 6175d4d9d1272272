namespace FactCheck;

/// <summary>
/// A half-open range <c>[Start, End)</c> of character offsets into a document's original text
/// (the text exactly as supplied; for a file, its whole decoded content without the BOM).
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The spanned characters of <paramref name="text"/>.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }
}
