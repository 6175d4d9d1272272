using System.Buffers;

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
        // The result is never longer than the input: collapse into a scratch buffer, then make one string.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var n = Collapse(text, buffer, dropPeriods);
        var result = new string(buffer[..n]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>As <see cref="Collapse(ReadOnlySpan{char}, bool)"/>, into <paramref name="destination"/> (at least as long as the input); returns the length written.</summary>
    public static int Collapse(ReadOnlySpan<char> text, Span<char> destination, bool dropPeriods = false)
    {
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (dropPeriods && c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                destination[n++] = ' ';
                space = false;
            }

            destination[n++] = c;
        }

        return n;
    }
}
