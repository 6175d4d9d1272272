using System.Text;

namespace FactCheck.Text;

/// <summary>Whitespace collapsing shared by the stages that compare normalized strings.</summary>
internal static class Whitespace
{
    /// <summary>
    /// Runs of whitespace become one space, leading and trailing whitespace go; with
    /// <paramref name="dropPeriods"/>, periods are removed too ("U.S." → "US").
    /// </summary>
    public static string Collapse(ReadOnlySpan<char> text, bool dropPeriods = false)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (dropPeriods && c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
