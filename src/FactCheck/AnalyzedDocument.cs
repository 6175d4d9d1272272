using FactCheck.Claims;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Text;
using FactCheck.Time;

namespace FactCheck;

/// <summary>
/// A document and what the pipeline stages have found in it so far. Each stage returns a copy with its
/// own part filled in (<c>with</c>), so an instance never changes once built.
/// </summary>
/// <param name="Source">The document as supplied.</param>
public sealed record AnalyzedDocument(SourceDocument Source)
{
    /// <summary>Id of the document.</summary>
    public string Id => Source.Id;

    /// <summary>The original text; all offsets index it.</summary>
    public string Text => Source.Text;

    /// <summary>Every line with the boilerplate verdict.</summary>
    public IReadOnlyList<TextLine> Lines { get; init; } = [];

    /// <summary>The kept regions (kept lines), in order.</summary>
    public IReadOnlyList<TextSpan> Regions { get; init; } = [];

    /// <summary>Sentences of the kept text.</summary>
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    /// <summary>Named-entity mentions, ordered by offset.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; init; } = [];

    /// <summary>Quotations with their speakers.</summary>
    public IReadOnlyList<Quotation> Quotes { get; init; } = [];

    /// <summary>Publication date and time expressions.</summary>
    public DocumentTime Time { get; init; } = new(PublicationDate.Unknown, []);

    /// <summary>Claims stated in the document.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>The sentence containing <paramref name="offset"/>, or null.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }
}
