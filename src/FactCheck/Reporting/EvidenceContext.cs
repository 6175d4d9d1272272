namespace FactCheck.Reporting;

/// <summary>
/// A piece of evidence with a window of its document's text around it, whitespace collapsed: what the Markdown
/// and HTML reports show, available to callers who render findings themselves.
/// </summary>
/// <param name="Before">Text before the evidence ("…" prepended when cut).</param>
/// <param name="Marked">The evidence itself.</param>
/// <param name="After">Text after the evidence ("…" appended when cut).</param>
public readonly record struct EvidenceContext(string Before, string Marked, string After)
{
    private const int Window = 90;

    /// <summary>
    /// Cuts the window around <paramref name="evidence"/> out of <paramref name="documentText"/>. Falls back to the
    /// evidence text alone when the text is unknown or the offsets do not match it (a hand-built report).
    /// </summary>
    public static EvidenceContext Of(Evidence evidence, string? documentText)
    {
        if (documentText is null || evidence.Start < 0 || evidence.End > documentText.Length || evidence.Start > evidence.End)
        {
            return new(string.Empty, Collapse(evidence.Text), string.Empty);
        }

        var from = Math.Max(0, evidence.Start - Window);
        var to = Math.Min(documentText.Length, evidence.End + Window);
        // Widen to word boundaries so the window never starts or ends mid-word.
        if (from > 0)
        {
            var space = documentText.IndexOfAny([' ', '\n', '\t'], from, evidence.Start - from);
            from = space >= 0 ? space + 1 : evidence.Start;
        }

        if (to < documentText.Length)
        {
            var space = documentText.LastIndexOfAny([' ', '\n', '\t'], to - 1, to - evidence.End);
            to = space >= 0 ? space : evidence.End;
        }

        // Stay within the evidence's paragraph: context from another line is usually chrome or a headline.
        var lineStart = documentText.LastIndexOf('\n', Math.Max(0, evidence.Start - 1));
        if (evidence.Start > 0 && lineStart >= from)
        {
            from = lineStart + 1;
        }

        var lineEnd = documentText.IndexOf('\n', evidence.End);
        if (lineEnd >= 0 && lineEnd < to)
        {
            to = lineEnd;
        }

        var before = Collapse(documentText[from..evidence.Start]).TrimStart();
        var after = Collapse(documentText[evidence.End..to]).TrimEnd();
        if (from > 0 && documentText[from - 1] != '\n' && before.Length > 0)
        {
            before = "…" + before;
        }

        if (to < documentText.Length && documentText[to] != '\n' && documentText[to] != '\r' && after.Length > 0)
        {
            after += "…";
        }

        return new(before, Collapse(documentText[evidence.Start..evidence.End]), after);
    }

    /// <summary>Collapses runs of whitespace (line breaks included) into single spaces.</summary>
    public static string Collapse(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            else if (space && sb.Length == 0 && text.Length > 0 && char.IsWhiteSpace(text[0]))
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        if (space && sb.Length > 0)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
