using System.Text.Json.Serialization;

namespace FactCheck.Ingestion;

/// <summary>Where a document's publication date comes from.</summary>
public enum PublishedBasis
{
    /// <summary>No date is known.</summary>
    [JsonStringEnumMemberName("none")] None = 0,
    /// <summary>Supplied by the caller or a header line.</summary>
    [JsonStringEnumMemberName("metadata")] Metadata,
    /// <summary>Read from a dateline near the top of the text.</summary>
    [JsonStringEnumMemberName("dateline")] Dateline,
    /// <summary>Inferred from the text and the other documents of the cluster.</summary>
    [JsonStringEnumMemberName("inferred")] Inferred,
}

/// <summary>Where a document's outlet (and title) come from.</summary>
public enum OutletBasis
{
    /// <summary>No outlet is known.</summary>
    [JsonStringEnumMemberName("none")] None = 0,
    /// <summary>Supplied by the caller, a manifest or a header line.</summary>
    [JsonStringEnumMemberName("metadata")] Metadata,
    /// <summary>Read from the article's URL host.</summary>
    [JsonStringEnumMemberName("url")] Url,
    /// <summary>Read from a dateline credit such as <c>WASHINGTON (Reuters) -</c>.</summary>
    [JsonStringEnumMemberName("dateline")] Dateline,
    /// <summary>Read from a byline such as <c>By Jane Roe, Associated Press</c>.</summary>
    [JsonStringEnumMemberName("byline")] Byline,
    /// <summary>Read from the site's own chrome: a masthead line, "more X sites", "X Staff".</summary>
    [JsonStringEnumMemberName("chrome")] Chrome,
}

/// <summary>A date found near the top of a document that may be its publication date.</summary>
/// <param name="Value">The date.</param>
/// <param name="Start">Offset of the date's text in the original text.</param>
/// <param name="End">Offset one past its end.</param>
/// <param name="Text">The date's text as written.</param>
public sealed record DateCandidate(DateOnly Value, int Start, int End, string Text);

/// <summary>
/// One article as supplied: its metadata and its text exactly as read. Every offset anywhere in the
/// library indexes <see cref="Text"/>.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Creates a document; use <see cref="DocumentLoader"/> to read one from a string, file, folder or manifest.</summary>
    /// <param name="id">Stable id (a file name without extension).</param>
    /// <param name="text">The whole text exactly as supplied, header included.</param>
    public SourceDocument(string id, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>Stable id of the document: the file name without extension, or the manifest's id.</summary>
    public string Id { get; private init; }

    /// <summary>The text exactly as supplied (header included, BOM excluded).</summary>
    public string Text { get; }

    /// <summary>The outlet that published the article, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>
    /// Where <see cref="Outlet"/> comes from: <see cref="OutletBasis.Metadata"/> when supplied (the default when an outlet
    /// is set), else <see cref="OutletBasis.None"/>; the checker infers an outlet the text names when none is supplied.
    /// </summary>
    public OutletBasis OutletBasis
    {
        get => _outletBasis ?? (Outlet is null ? OutletBasis.None : OutletBasis.Metadata);
        init => _outletBasis = value;
    }

    private readonly OutletBasis? _outletBasis;

    /// <summary>The publication date from metadata or a header, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> comes from (<see cref="PublishedBasis.Metadata"/> or <see cref="PublishedBasis.None"/> at load time).</summary>
    public PublishedBasis PublishedBasis { get; init; }

    /// <summary>A dateline near the top of the text that may be the publication date. Whether to trust it is the time stage's call.</summary>
    public DateCandidate? DatelineCandidate { get; init; }

    /// <summary>The article's URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The article's title, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Offset where the body begins (after the header and its blank line; 0 without a header).</summary>
    public int BodyStart { get; init; }

    /// <summary>The file the document was read from, when it was read from one.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The same document under another id (the checker's internal, content-derived name).</summary>
    internal SourceDocument WithId(string id) => this with { Id = id };
}
