using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Text;

namespace FactCheck.Tests.Entities;

/// <summary>Builds analyzed documents for entity tests without the (separately developed) text stages.</summary>
internal static class EntityTestSupport
{
    /// <summary>A document whose regions are its non-blank lines and whose sentences are one per line.</summary>
    public static AnalyzedDocument Lines(SourceDocument source)
    {
        var text = source.Text;
        var regions = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (!string.IsNullOrWhiteSpace(text[start..end]))
                {
                    regions.Add(new TextSpan(start, end));
                }

                start = i + 1;
            }
        }

        var sentences = regions.Select((r, i) => new Sentence(i, r.Start, r.End, r.Slice(text))).ToArray();
        return new AnalyzedDocument(source) { Regions = regions, Sentences = sentences };
    }

    /// <summary>A one-document analysis of <paramref name="text"/>.</summary>
    public static AnalyzedDocument Lines(string id, string text) => Lines(new SourceDocument(id, text));

    /// <summary>Recognizes the mentions of every document and returns the documents with them.</summary>
    public static IReadOnlyList<AnalyzedDocument> Recognize(IEnumerable<SourceDocument> sources)
    {
        var recognizer = new EntityRecognizer();
        return sources.Select(Lines).Select(d => d with { Mentions = recognizer.Recognize(d) }).ToArray();
    }
}
