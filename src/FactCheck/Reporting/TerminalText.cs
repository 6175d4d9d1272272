using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// Makes text from the input safe to show on a terminal or in Markdown: control characters (C0, DEL, C1: escape
/// sequences, line breaks, bells), bidirectional overrides and line separators are written as visible escapes
/// (<c>\x1b</c>, <c>\x0a</c>, <c>\u202e</c>) instead of being passed through, so an outlet, a file name or a quote cannot
/// move the cursor, set the window title, write the clipboard or fake a line of output.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every control or formatting character replaced by its visible escape; other text unchanged.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                sb.Append(c);
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>True for characters a terminal or Markdown renderer would act on rather than show.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
