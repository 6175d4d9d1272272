namespace FactCheck.Ingestion;

/// <summary>The metadata read from a text's leading <c>Key: value</c> lines.</summary>
internal sealed record Header(string? Outlet, string? Date, string? Url, string? Title, int BodyStart)
{
    public static Header None { get; } = new(null, null, null, null, 0);
}

/// <summary>
/// Reads an optional header: one or more leading lines <c>Key: value</c> with a known key, then a blank
/// line. Any other first line (or a header without its blank line) means there is no header, so a body
/// that happens to start with "Update: ..." is never eaten.
/// </summary>
internal static class HeaderParser
{
    private const int MaxHeaderLines = 20;

    public static Header Parse(string text)
    {
        string? outlet = null, date = null, url = null, title = null;
        var pos = 0;
        var count = 0;
        while (pos < text.Length && count <= MaxHeaderLines)
        {
            var (lineEnd, next) = LineBounds(text, pos);
            var line = text.AsSpan(pos, lineEnd - pos);
            if (line.IsWhiteSpace())
            {
                return count == 0 ? Header.None : new Header(outlet, date, url, title, next);
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                return Header.None;
            }

            var key = line[..colon].Trim().ToString().ToUpperInvariant();
            var value = line[(colon + 1)..].Trim().ToString();
            switch (key)
            {
                case "OUTLET" or "SOURCE":
                    outlet = value.Length > 0 ? value : null;
                    break;
                case "DATE" or "PUBLISHED":
                    date = value.Length > 0 ? value : null;
                    break;
                case "URL" or "LINK":
                    url = value.Length > 0 ? value : null;
                    break;
                case "TITLE" or "HEADLINE":
                    title = value.Length > 0 ? value : null;
                    break;
                default:
                    return Header.None;
            }

            count++;
            pos = next;
        }

        return Header.None;
    }

    /// <summary>End of the line starting at <paramref name="start"/> (terminator excluded) and start of the next one.</summary>
    internal static (int End, int Next) LineBounds(string text, int start)
    {
        // A span search: no separator array per call.
        var i = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (i < 0)
        {
            return (text.Length, text.Length);
        }

        i += start;

        var next = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        return (i, next);
    }
}
