namespace FactCheck.Ingestion;

/// <summary>Reads articles from strings, files, folders and manifests. PLACEHOLDER: header parsing and the other sources are still to be written.</summary>
public static class DocumentLoader
{
    /// <summary>Creates a document from text.</summary>
    public static SourceDocument FromText(string id, string text) => new(id, text);
}
