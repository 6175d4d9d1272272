using System.Numerics;

namespace FactCheck.Alignment;

/// <summary>
/// A cheap, exact upper bound on FuzzySharp's <c>Fuzz.PartialRatio</c>, used to skip the call when it cannot
/// reach a threshold. FuzzySharp scores the shorter string <c>s</c> against a few windows
/// <c>w = longer[k .. k + |s|]</c> (cut at the end of the longer string), each as
/// <c>2 · LCS(s, w) / (|s| + |w|)</c> (its ratio is one minus the insert/delete distance over the summed
/// lengths), and keeps the best. This class scores every window that way, so its maximum is never below
/// FuzzySharp's; the longest common subsequences come from the bit-parallel algorithm of Hyyrö (one
/// machine-word operation per character and 64 characters of <c>s</c>), not from a full edit matrix.
/// </summary>
/// <remarks>
/// Why not compute PartialRatio itself this way: FuzzySharp chooses its windows from the matching blocks of
/// one particular Levenshtein alignment; reproducing that choice exactly is fragile, while a bound over all
/// windows is exact by construction and leaves the final word to FuzzySharp whenever it is close.
/// </remarks>
internal static class PartialRatioBound
{
    // Word operations allowed for the all-windows pass (about a millisecond).
    private const long MaxWindowWork = 4_000_000;

    /// <summary>
    /// True when <c>Fuzz.PartialRatio(a, b)</c> is certainly below <paramref name="threshold"/> (0–100); false
    /// when it may reach it (then call FuzzySharp). A margin of one point keeps rounding out of the question.
    /// </summary>
    public static bool CannotReach(string a, string b, int threshold)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return threshold > 0;
        }

        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        var words = (s.Length + 63) >> 6;
        var masks = new CharMasks(s, words);
        var v = words == 1 ? null : new ulong[words];

        // A window of length n with LCS c scores 2c / (|s| + n); it may reach the threshold (less one point)
        // only if 200c >= (threshold - 1)(|s| + n). Stated in integers to keep floating point out.
        bool MayReach(int lcs, int n) => 200L * lcs >= (long)(threshold - 1) * (s.Length + n);

        // Level 1: the whole longer string. Its LCS with s bounds every window's, and a window scores at most
        // 2M / (|s| + M) for M = that LCS (the score grows with the window's length only up to M).
        var whole = Lcs(masks, l, 0, l.Length, v);
        if (!MayReach(whole, Math.Min(whole, s.Length)))
        {
            return true;
        }

        // Level 2: every window, as FuzzySharp would score it; on very long texts, leave it to FuzzySharp
        // (whose own cost there is a full edit matrix anyway).
        if ((long)l.Length * words * s.Length > MaxWindowWork)
        {
            return false;
        }

        for (var k = 0; k < l.Length; k++)
        {
            var n = Math.Min(s.Length, l.Length - k);
            if (!MayReach(Math.Min(n, whole), n))
            {
                // Once a window is no longer than M, the later (shorter) ones are bounded by 2n / (|s| + n),
                // which only falls as n does.
                if (n <= whole)
                {
                    break;
                }

                continue;
            }

            if (MayReach(Lcs(masks, l, k, n, v), n))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length of the longest common subsequence of the masked string and <c>text[start..start+length]</c>.</summary>
    private static int Lcs(in CharMasks masks, string text, int start, int length, ulong[]? wide)
    {
        if (wide is null)
        {
            var v = ulong.MaxValue;
            for (var i = start; i < start + length; i++)
            {
                var u = v & masks.Single(text[i]);
                v = (v + u) | (v - u);
            }

            return BitOperations.PopCount(~v & masks.LastWordMask);
        }

        Array.Fill(wide, ulong.MaxValue);
        for (var i = start; i < start + length; i++)
        {
            var pm = masks.Row(text[i]);
            ulong carry = 0;
            for (var w = 0; w < wide.Length; w++)
            {
                var vw = wide[w];
                var u = vw & pm[w];
                var sum = vw + u;
                var c1 = sum < vw ? 1UL : 0UL;
                var sum2 = sum + carry;
                var c2 = sum2 < sum ? 1UL : 0UL;
                wide[w] = sum2 | (vw - u);
                carry = c1 | c2;
            }
        }

        var lcs = 0;
        for (var w = 0; w < wide.Length; w++)
        {
            var mask = w == wide.Length - 1 ? masks.LastWordMask : ulong.MaxValue;
            lcs += BitOperations.PopCount(~wide[w] & mask);
        }

        return lcs;
    }

    /// <summary>For each character, the bit set of its positions in the pattern (64 positions per word).</summary>
    private readonly struct CharMasks
    {
        private readonly ulong[] _ascii;
        private readonly Dictionary<char, ulong[]>? _other;
        private readonly ulong[] _none;
        private readonly int _words;

        public CharMasks(string pattern, int words)
        {
            _words = words;
            _ascii = new ulong[128 * words];
            _none = new ulong[words];
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                var bit = 1UL << (i & 63);
                if (c < 128)
                {
                    _ascii[(c * words) + (i >> 6)] |= bit;
                }
                else
                {
                    _other ??= [];
                    if (!_other.TryGetValue(c, out var row))
                    {
                        _other[c] = row = new ulong[words];
                    }

                    row[i >> 6] |= bit;
                }
            }

            var rest = pattern.Length & 63;
            LastWordMask = rest == 0 ? ulong.MaxValue : (1UL << rest) - 1;
        }

        public ulong LastWordMask { get; }

        public ulong Single(char c) =>
            c < 128 ? _ascii[c] : _other is not null && _other.TryGetValue(c, out var row) ? row[0] : 0;

        public ReadOnlySpan<ulong> Row(char c) =>
            c < 128 ? _ascii.AsSpan(c * _words, _words) : _other is not null && _other.TryGetValue(c, out var row) ? row : _none;
    }
}
