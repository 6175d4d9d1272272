using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Ingestion;

/// <summary>
/// Reads articles from strings, files, folders and JSON manifests.
/// </summary>
/// <remarks>
/// <para>
/// The text of a document is kept exactly as decoded (a UTF-8 or UTF-16 byte-order mark is removed,
/// line endings are not touched), so every offset anywhere in the library indexes it.
/// </para>
/// <para>
/// A text may begin with header lines <c>Key: value</c> (keys <c>Outlet</c>, <c>Date</c> or
/// <c>Published</c>, <c>URL</c>, <c>Title</c>, case-insensitive) followed by a blank line; they fill the
/// metadata and <see cref="SourceDocument.BodyStart"/> points after the blank line. Without a header
/// date, a date written near the top of the body is recorded as <see cref="SourceDocument.DatelineCandidate"/>.
/// </para>
/// <para>
/// Files must be text: a file containing NUL bytes, or bytes that are not valid UTF-8 (when it has no
/// UTF-16 byte-order mark), is rejected rather than guessed at, because a wrong guess would silently
/// corrupt names and quotes. Every problem is reported as a <see cref="FactCheckInputException"/> naming
/// the path and the problem; a file a folder holds that is not an article (<c>*.txt</c>) is skipped
/// with a logged warning.
/// </para>
/// </remarks>
public static partial class DocumentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Creates a document from text, reading an optional header and a dateline candidate.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="text">The whole text, kept exactly as supplied.</param>
    /// <param name="outlet">The outlet; overrides a header's.</param>
    /// <param name="published">The publication date; overrides a header's.</param>
    /// <param name="url">The URL; overrides a header's.</param>
    /// <param name="title">The title; overrides a header's.</param>
    /// <exception cref="FactCheckInputException">The id is blank, the text is empty or whitespace only, or a header date cannot be read.</exception>
    public static SourceDocument FromText(string id, string text, string? outlet = null, DateOnly? published = null, string? url = null, string? title = null) =>
        Build(id, text, null, outlet, published, url, title);

    /// <summary>Reads one article file (UTF-8, or UTF-16 with a byte-order mark). The id is the file name without extension.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FactCheckInputException">The file is missing, unreadable, binary, not UTF-8, or empty.</exception>
    public static SourceDocument FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = ReadText(path);
        return Build(Path.GetFileNameWithoutExtension(path), text, path, null, null, null, null);
    }

    /// <summary>Reads every <c>*.txt</c> file of a folder (not its subfolders), ordered by file name (ordinal).</summary>
    /// <param name="path">The folder.</param>
    /// <param name="logger">Receives a warning for every file or folder skipped.</param>
    /// <exception cref="FactCheckInputException">The folder is missing or holds no <c>*.txt</c> file, or a file cannot be read.</exception>
    public static IReadOnlyList<SourceDocument> FromDirectory(string path, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        logger ??= NullLogger.Instance;
        if (!Directory.Exists(path))
        {
            throw new FactCheckInputException($"The folder '{path}' does not exist.", null, path);
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FactCheckInputException($"The folder '{path}' cannot be read: {ex.Message}", null, path, ex);
        }

        Array.Sort(entries, StringComparer.Ordinal);
        var articles = new List<string>();
        foreach (var entry in entries)
        {
            if (Directory.Exists(entry))
            {
                LogSkipped(logger, entry, "it is a folder (subfolders are not read)");
            }
            else if (entry.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                articles.Add(entry);
            }
            else
            {
                LogSkipped(logger, entry, "it is not a .txt file");
            }
        }

        if (articles.Count == 0)
        {
            throw new FactCheckInputException($"The folder '{path}' holds no article (*.txt) files.", null, path);
        }

        var docs = articles.Select(FromFile).ToList();
        CheckUniqueIds(docs, path);
        return docs;
    }

    /// <summary>
    /// Reads a JSON manifest: an array of <c>{ "id", "outlet", "published", "url", "title", "text" | "path" }</c>.
    /// A <c>path</c> is relative to the manifest's folder and must stay inside it.
    /// </summary>
    /// <param name="path">The manifest file.</param>
    /// <exception cref="FactCheckInputException">The manifest is missing or malformed (the message names the entry and field), a referenced file is missing or unreadable, or two entries share an id.</exception>
    public static IReadOnlyList<SourceDocument> FromManifest(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = ReadText(path);
        List<ManifestEntry?>? entries;
        try
        {
            entries = JsonSerializer.Deserialize(json, ManifestJsonContext.Default.ListManifestEntry);
        }
        catch (JsonException ex)
        {
            throw new FactCheckInputException($"The manifest '{path}'{ManifestErrors.Where(ex)}: {ManifestErrors.Describe(ex)}", null, path, ex);
        }

        if (entries is null || entries.Count == 0)
        {
            throw new FactCheckInputException($"The manifest '{path}' lists no articles; it must be a non-empty JSON array.", null, path);
        }

        var folder = Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        var docs = new List<SourceDocument>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            docs.Add(FromManifestEntry(entries[i], i + 1, path, folder));
        }

        CheckUniqueIds(docs, path);
        return docs;
    }

    /// <summary>Reads a file, a folder or a manifest (a <c>.json</c> file), whichever <paramref name="path"/> is.</summary>
    /// <param name="path">A file, folder or manifest.</param>
    /// <param name="logger">Receives a warning for every file skipped in a folder.</param>
    /// <exception cref="FactCheckInputException">The path does not exist or its content is unusable.</exception>
    public static IReadOnlyList<SourceDocument> Load(string path, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return FromDirectory(path, logger);
        }

        if (!File.Exists(path))
        {
            throw new FactCheckInputException($"The path '{path}' does not exist.", null, path);
        }

        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FromManifest(path) : [FromFile(path)];
    }

    private static SourceDocument FromManifestEntry(ManifestEntry? e, int number, string manifest, string folder)
    {
        string Where(string field) => string.Create(CultureInfo.InvariantCulture, $"The manifest '{manifest}' entry #{number}{(e?.Id is { } id ? $" (id '{id}')" : string.Empty)}: field '{field}'");

        if (e is null)
        {
            throw new FactCheckInputException(string.Create(CultureInfo.InvariantCulture, $"The manifest '{manifest}' entry #{number} is null; each entry must be an object."), null, manifest);
        }

        if (string.IsNullOrWhiteSpace(e.Id))
        {
            throw new FactCheckInputException($"{Where("id")} is missing or blank.", null, manifest);
        }

        if ((e.Text is null) == (e.Path is null))
        {
            throw new FactCheckInputException($"{Where("text")} / 'path': exactly one of the two must be given.", e.Id, manifest);
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(e.Published))
        {
            published = ParseDate(e.Published)
                ?? throw new FactCheckInputException($"{Where("published")} is not a date (expected yyyy-MM-dd): '{e.Published}'.", e.Id, manifest);
        }

        string text;
        string? sourcePath = null;
        if (e.Path is not null)
        {
            if (string.IsNullOrWhiteSpace(e.Path) || Path.IsPathRooted(e.Path))
            {
                throw new FactCheckInputException($"{Where("path")} must be a path relative to the manifest's folder: '{e.Path}'.", e.Id, manifest);
            }

            var full = Path.GetFullPath(Path.Combine(folder, e.Path));
            var rel = Path.GetRelativePath(folder, full);
            if (rel == ".." || rel.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(rel))
            {
                throw new FactCheckInputException($"{Where("path")} leaves the manifest's folder: '{e.Path}'.", e.Id, manifest);
            }

            if (!File.Exists(full))
            {
                throw new FactCheckInputException($"{Where("path")} names a file that does not exist: '{full}'.", e.Id, full);
            }

            text = ReadText(full);
            sourcePath = full;
        }
        else
        {
            text = e.Text!;
        }

        return Build(e.Id, text, sourcePath ?? manifest, e.Outlet, published, e.Url, e.Title);
    }

    private static SourceDocument Build(string id, string text, string? path, string? outlet, DateOnly? published, string? url, string? title)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new FactCheckInputException($"A document{(path is null ? string.Empty : $" from '{path}'")} has a blank id.", null, path);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            var what = path is null ? $"Document '{id}'" : $"Document '{id}' ('{path}')";
            throw new FactCheckInputException($"{what} is empty or whitespace only.", id, path);
        }

        var header = HeaderParser.Parse(text);
        DateOnly? headerDate = null;
        if (header.Date is { } raw)
        {
            headerDate = ParseDate(raw)
                ?? throw new FactCheckInputException($"Document '{id}'{(path is null ? string.Empty : $" ('{path}')")}: the header date '{raw}' cannot be read (use yyyy-MM-dd or 'March 2, 2017').", id, path);
        }

        var date = published ?? headerDate;
        return new SourceDocument(id, text)
        {
            Outlet = outlet ?? header.Outlet,
            Url = url ?? header.Url,
            Title = title ?? header.Title,
            Published = date,
            PublishedBasis = date is null ? PublishedBasis.None : PublishedBasis.Metadata,
            BodyStart = header.BodyStart,
            DatelineCandidate = date is null ? DatelineFinder.Find(text, header.BodyStart) : null,
            SourcePath = path,
        };
    }

    private static string ReadText(string path)
    {
        if (Directory.Exists(path))
        {
            throw new FactCheckInputException($"'{path}' is a folder, not a file.", null, path);
        }

        if (!File.Exists(path))
        {
            throw new FactCheckInputException($"The file '{path}' does not exist.", null, path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FactCheckInputException($"The file '{path}' cannot be read: {ex.Message}", null, path, ex);
        }

        return Decode(bytes, path);
    }

    /// <summary>Decodes UTF-8 (BOM optional) or BOM-marked UTF-16; anything else is rejected as non-text.</summary>
    internal static string Decode(byte[] bytes, string path)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var enc = bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
            try
            {
                return CheckNoNul(enc.GetString(bytes, 2, bytes.Length - 2), path);
            }
            catch (DecoderFallbackException ex)
            {
                throw new FactCheckInputException($"The file '{path}' is not valid UTF-16 text despite its byte-order mark.", null, path, ex);
            }
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new FactCheckInputException($"The file '{path}' is binary (it contains NUL bytes), not an article text.", null, path);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" near byte {ex.Index + start}") : string.Empty;
            throw new FactCheckInputException($"The file '{path}' is not valid UTF-8 text{at}; save it as UTF-8.", null, path, ex);
        }
    }

    private static string CheckNoNul(string text, string path) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? throw new FactCheckInputException($"The file '{path}' is binary (it contains NUL characters), not an article text.", null, path)
            : text;

    private static void CheckUniqueIds(List<SourceDocument> docs, string path)
    {
        var seen = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            if (!seen.TryAdd(d.Id, d))
            {
                throw new FactCheckInputException(
                    $"'{path}': two documents have the id '{d.Id}' ('{seen[d.Id].SourcePath}' and '{d.SourcePath}'); ids must be unique.", d.Id, path);
            }
        }
    }

    /// <summary>Reads <c>yyyy-MM-dd</c>, an ISO date-time, or a written date such as <c>March 2, 2017</c>.</summary>
    internal static DateOnly? ParseDate(string raw)
    {
        var s = raw.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (s.Length > 10 && s[10] == 'T' && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            return DateOnly.FromDateTime(dto.DateTime);
        }

        return DatelineFinder.ParseWritten(s);
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Skipping '{Path}': {Reason}")]
    private static partial void LogSkipped(ILogger logger, string path, string reason);
}
