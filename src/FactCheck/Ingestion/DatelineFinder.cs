using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;

namespace FactCheck.Ingestion;

/// <summary>
/// Finds a written date near the top of a body ("March 2, 2017", "Thursday, May 23, 2024",
/// "Feb. 1, 2017", "2 March 2017", "2017-03-02"). It is only a candidate: a site's "today" banner
/// looks the same, so the time stage decides whether to trust it.
/// </summary>
internal static partial class DatelineFinder
{
    private const int MaxLines = 15;
    private const int MaxChars = 2500;
    private const int ShortLine = 100;
    private const int LongLinePrefix = 40;

    private static readonly FrozenDictionary<string, string> Months = LanguagePack.English.Map("months", "ingestion");

    public static DateCandidate? Find(string text, int bodyStart)
    {
        var pos = bodyStart;
        var limit = Math.Min(text.Length, bodyStart + MaxChars);
        for (var n = 0; n < MaxLines && pos < limit; n++)
        {
            var (end, next) = HeaderParser.LineBounds(text, pos);
            end = Math.Min(end, pos + 2000);

            // Matching within text[pos..end) sees exactly what matching a copy of the line would (anchors and \b included).
            var lineLength = end - pos;
            for (var m = DateRegex().Match(text, pos, lineLength); m.Success; m = m.NextMatch())
            {
                if (lineLength > ShortLine && m.Index - pos > LongLinePrefix)
                {
                    break;
                }

                if (ToDate(m) is { } date)
                {
                    return new DateCandidate(date, m.Index, m.Index + m.Length, m.Value);
                }
            }

            pos = next;
        }

        return null;
    }

    /// <summary>Parses a whole string that is one written date, or returns null.</summary>
    public static DateOnly? ParseWritten(string s)
    {
        var m = DateRegex().Match(s);
        return m.Success && m.Index == 0 && m.Length == s.Length ? ToDate(m) : null;
    }

    private static DateOnly? ToDate(Match m)
    {
        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        var mon = m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value;
        var day = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
        var year = m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["year2"].Value;
        if (!Months.TryGetValue(mon.TrimEnd('.'), out var monthText))
        {
            return null;
        }

        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }

    [GeneratedRegex(
        @"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<mon>[A-Z][a-z]{2,8}\.?)\s+(?<day>\d{1,2}),?\s+(?<year>(?:19|20)\d{2})\b" +
        @"|\b(?<day2>\d{1,2})\s+(?<mon2>[A-Z][a-z]{2,8}\.?)\s+(?<year2>(?:19|20)\d{2})\b" +
        @"|\b(?<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b",
        RegexOptions.None,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateRegex();
}
