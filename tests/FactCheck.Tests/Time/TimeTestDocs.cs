using System.Globalization;
using FactCheck.Ingestion;
using FactCheck.Text;

namespace FactCheck.Tests.Time;

/// <summary>Builds analyzed documents by hand (one sentence per non-empty line), independent of the text stages.</summary>
internal static class TimeTestDocs
{
    public static AnalyzedDocument Lines(SourceDocument source)
    {
        var text = source.Text;
        var sentences = new List<Sentence>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                sentences.Add(new Sentence(sentences.Count, s, e, text[s..e]));
            }

            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return new AnalyzedDocument(source) { Sentences = sentences };
    }

    public static AnalyzedDocument Doc(string id, string text, DateOnly? published = null, string? dateline = null)
    {
        var source = new SourceDocument(id, text) { Published = published, PublishedBasis = published is null ? PublishedBasis.None : PublishedBasis.Metadata };
        if (dateline is not null)
        {
            source = source with { DatelineCandidate = Candidate(text, dateline) };
        }

        return Lines(source);
    }

    /// <summary>A dateline candidate for the first occurrence of <paramref name="datelineText"/> (a date the invariant culture can parse).</summary>
    public static DateCandidate Candidate(string text, string datelineText)
    {
        var at = text.IndexOf(datelineText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{datelineText}' is not in the text.", nameof(datelineText));
        }

        var value = DateOnly.FromDateTime(DateTime.Parse(datelineText, CultureInfo.InvariantCulture));
        return new DateCandidate(value, at, at + datelineText.Length, datelineText);
    }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
