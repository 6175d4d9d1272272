using FactCheck.Ingestion;

namespace FactCheck.Text;

/// <summary>Separates reporting from site chrome (navigation, banners, promos, mastheads) line by line.</summary>
public interface IBoilerplateRemover
{
    /// <summary>Classifies every line of every document. Cluster-wide evidence (lines repeated across documents) may be used.</summary>
    /// <returns>One list of lines per document, in the order of <paramref name="cluster"/>.</returns>
    IReadOnlyList<IReadOnlyList<TextLine>> Clean(IReadOnlyList<SourceDocument> cluster, CancellationToken cancellationToken = default);
}

/// <summary>Splits the kept text into sentences.</summary>
public interface ISentenceSplitter
{
    /// <summary>Splits the kept regions of <paramref name="text"/> into sentences; a sentence never spans two regions.</summary>
    IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextSpan> regions);
}

/// <summary>Finds quotations and who said them.</summary>
public interface IQuoteExtractor
{
    /// <summary>Finds the quotations of a document whose sentences (and, when available, person mentions) are known.</summary>
    IReadOnlyList<Quotation> Extract(AnalyzedDocument document);
}
