namespace FactCheck;

/// <summary>
/// Finds, in items sorted by start, the first one that can still cover an offset: the running maximum of their
/// ends is non-decreasing, so a binary search over it skips every item that ends at or before the offset, even
/// where items nest (a long item followed by shorter ones inside it).
/// </summary>
internal static class RunningMaxEnd
{
    /// <summary>Element i is the largest end among items 0..i.</summary>
    public static int[] Of<T>(IReadOnlyList<T> items, Func<T, int> end)
    {
        var result = new int[items.Count];
        var max = int.MinValue;
        for (var i = 0; i < result.Length; i++)
        {
            max = Math.Max(max, end(items[i]));
            result[i] = max;
        }

        return result;
    }

    /// <summary>The index of the first item whose running maximum end exceeds <paramref name="offset"/>: nothing before it can cover the offset.</summary>
    public static int FirstEndingAfter(int[] maxEnd, int offset)
    {
        int lo = 0, hi = maxEnd.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (maxEnd[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
