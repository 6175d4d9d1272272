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
        var text = ReadText(path, MaxFileCharacters);
        return Build(Path.GetFileNameWithoutExtension(path), text, path, null, null, null, null);
    }

    /// <summary>Reads every <c>*.txt</c> file of a folder (not its subfolders), ordered by file name (ordinal).</summary>
    /// <param name="path">The folder.</param>
    /// <param name="logger">Receives a warning for every file or folder skipped.</param>
    /// <exception cref="FactCheckInputException">The folder is missing or holds no <c>*.txt</c> file, or a file cannot be read.</exception>
    public static IReadOnlyList<SourceDocument> FromDirectory(string path, ILogger? logger = null) => FromDirectory(path, logger, null);

    /// <summary><see cref="FromDirectory(string, ILogger?)"/>, skipping the files in <paramref name="reports"/> (real paths: the files the caller writes).</summary>
    internal static IReadOnlyList<SourceDocument> FromDirectory(string path, ILogger? logger, IReadOnlyDictionary<string, string>? reports)
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
        var realFolder = ResolveLinksOrNull(path);
        foreach (var entry in entries)
        {
            var real = ResolveLinksOrNull(entry);
            if (realFolder is not null && real is not null && !IsInside(realFolder, real))
            {
                LogSkipped(logger, Printable(entry), "it is a link to a place outside the folder");
            }
            else if (real is not null && reports is not null && reports.TryGetValue(real, out var report))
            {
                LogSkipped(logger, Printable(entry), $"it is this run's {report}, never read as an article");
            }
            else if (Directory.Exists(entry))
            {
                LogSkipped(logger, Printable(entry), "it is a folder (subfolders are not read)");
            }
            else if (entry.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                articles.Add(entry);
            }
            else
            {
                LogSkipped(logger, Printable(entry), "it is not a .txt file");
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
    public static IReadOnlyList<SourceDocument> FromManifest(string path) => FromManifest(path, null);

    /// <summary><see cref="FromManifest(string)"/>; an entry naming one of <paramref name="reports"/> (the files the caller writes) is an error.</summary>
    internal static IReadOnlyList<SourceDocument> FromManifest(string path, IReadOnlyDictionary<string, string>? reports)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = ReadText(path, MaxManifestCharacters);
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
            docs.Add(FromManifestEntry(entries[i], i + 1, path, folder, reports));
        }

        CheckUniqueIds(docs, path);
        return docs;
    }

    /// <summary>Reads a file, a folder or a manifest (a <c>.json</c> file), whichever <paramref name="path"/> is.</summary>
    /// <param name="path">A file, folder or manifest.</param>
    /// <param name="logger">Receives a warning for every file skipped in a folder.</param>
    /// <exception cref="FactCheckInputException">The path does not exist or its content is unusable.</exception>
    public static IReadOnlyList<SourceDocument> Load(string path, ILogger? logger = null) => Load(path, logger, null);

    /// <summary>
    /// <see cref="Load(string, ILogger?)"/>, never reading <paramref name="reports"/> (real paths of the files the caller
    /// writes, with what each is): naming one, directly or in a manifest, is an error; a folder's copy is skipped.
    /// </summary>
    internal static IReadOnlyList<SourceDocument> Load(string path, ILogger? logger, IReadOnlyDictionary<string, string>? reports)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return FromDirectory(path, logger, reports);
        }

        if (!File.Exists(path))
        {
            throw new FactCheckInputException($"The path '{path}' does not exist.", null, path);
        }

        CheckNotReport(path, reports);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FromManifest(path, reports) : [FromFile(path)];
    }

    private static void CheckNotReport(string path, IReadOnlyDictionary<string, string>? reports, string? id = null)
    {
        if (reports is not null && ResolveLinksOrNull(path) is { } real && reports.TryGetValue(real, out var report))
        {
            throw new FactCheckInputException($"'{path}' is an input and also this run's {report}; writing the report would replace the article. Choose another report file.", id, path);
        }
    }

    private static SourceDocument FromManifestEntry(ManifestEntry? e, int number, string manifest, string folder, IReadOnlyDictionary<string, string>? reports)
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
            if (string.IsNullOrWhiteSpace(e.Path) || e.Path.IndexOfAny(ForbiddenPathCharacters) >= 0)
            {
                throw new FactCheckInputException($"{Where("path")} is blank or holds a NUL character: '{Printable(e.Path)}'.", e.Id, manifest);
            }

            if (Path.IsPathRooted(e.Path))
            {
                throw new FactCheckInputException($"{Where("path")} must be a path relative to the manifest's folder: '{e.Path}'.", e.Id, manifest);
            }

            var full = Path.GetFullPath(Path.Combine(folder, e.Path));
            if (!IsInside(folder, full))
            {
                throw new FactCheckInputException($"{Where("path")} leaves the manifest's folder: '{e.Path}'.", e.Id, manifest);
            }

            if (!File.Exists(full))
            {
                throw new FactCheckInputException($"{Where("path")} names a file that does not exist: '{full}'.", e.Id, full);
            }

            // The same rule after following links: a link inside the folder must not lead out of it.
            if (ResolveLinksOrNull(folder) is not { } realFolder || ResolveLinksOrNull(full) is not { } real || !IsInside(realFolder, real))
            {
                throw new FactCheckInputException($"{Where("path")} is a link (or goes through one) to a place outside the manifest's folder: '{e.Path}'.", e.Id, manifest);
            }

            CheckNotReport(full, reports, e.Id);
            text = ReadText(full, MaxFileCharacters);
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

    /// <summary>Longest article file read, in characters: the default <see cref="FactCheckOptions.MaxDocumentLength"/>.</summary>
    internal const int MaxFileCharacters = FactCheckOptions.DefaultMaxDocumentLength;

    /// <summary>Longest manifest read, in characters (it may hold the texts of many articles).</summary>
    internal const int MaxManifestCharacters = 64_000_000;

    private static readonly char[] ForbiddenPathCharacters = ['\0'];

    /// <summary>
    /// Reads a regular file of at most <paramref name="maxChars"/> characters. Links are followed first; anything
    /// that is not a regular file (a FIFO, a device, a socket) is refused before it is opened, so a read never blocks
    /// or runs without end; a file too large is refused from its size, and at most its allowance of bytes is read.
    /// </summary>
    private static string ReadText(string path, int maxChars)
    {
        if (path.IndexOfAny(ForbiddenPathCharacters) >= 0)
        {
            throw new FactCheckInputException($"The path '{Printable(path)}' holds a NUL character.", null, path);
        }

        if (Directory.Exists(path))
        {
            throw new FactCheckInputException($"'{path}' is a folder, not a file.", null, path);
        }

        if (!File.Exists(path))
        {
            throw new FactCheckInputException($"The file '{path}' does not exist.", null, path);
        }

        // UTF-8 needs at most three bytes per character (four per surrogate pair), UTF-16 two: more bytes than this
        // is more characters than the limit whatever the encoding.
        var maxBytes = (3L * maxChars) + 3;
        byte[] bytes;
        try
        {
            var real = ResolveLinksOrNull(path) ?? throw new IOException("its links cannot be followed");
            var info = new FileInfo(real);
            if (!info.Exists || info.Length == 0)
            {
                // FIFOs, character and block devices and sockets report no size; an empty file is no article either.
                // Refusing them here means they are never opened: opening a FIFO blocks, a device never ends.
                throw new FactCheckInputException(
                    $"The file '{path}' is empty or is not a regular file{(string.Equals(real, Path.GetFullPath(path), StringComparison.Ordinal) ? string.Empty : $" (it links to '{real}')")}; only regular text files are read.", null, path);
            }

            if (info.Length > maxBytes)
            {
                throw TooLong(path, maxChars, string.Create(CultureInfo.InvariantCulture, $"{info.Length} bytes"));
            }

            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            bytes = new byte[(int)Math.Min(info.Length + 1, maxBytes + 1)];
            var read = 0;
            int n;
            while (read < bytes.Length && (n = stream.Read(bytes, read, bytes.Length - read)) > 0)
            {
                read += n;
            }

            if (read > maxBytes)
            {
                throw TooLong(path, maxChars, "it grew while being read");
            }

            Array.Resize(ref bytes, read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FactCheckInputException($"The file '{path}' cannot be read: {ex.Message}", null, path, ex);
        }

        var text = Decode(bytes, path);
        return text.Length > maxChars ? throw TooLong(path, maxChars, string.Create(CultureInfo.InvariantCulture, $"{text.Length} characters")) : text;
    }

    private static FactCheckInputException TooLong(string path, int maxChars, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The file '{path}' is longer than the limit of {maxChars} characters ({what})."), null, path);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full paths).</summary>
    internal static bool IsInside(string folder, string path)
    {
        var rel = Path.GetRelativePath(folder, path);
        return !(rel == ".." || rel.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(rel));
    }

    /// <summary>
    /// The full path with every symbolic link along it followed (like <c>realpath</c>), or null when a link cannot be
    /// read or the links form a loop. A part that does not exist is kept as written.
    /// </summary>
    internal static string? ResolveLinksOrNull(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var separators = new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
            var pending = new Stack<string>(full[root.Length..].Split(separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
            var current = root;
            var hops = 0;
            while (pending.TryPop(out var part))
            {
                if (part == ".")
                {
                    continue;
                }

                if (part == "..")
                {
                    current = Path.GetDirectoryName(current) ?? current;
                    continue;
                }

                var next = Path.Combine(current, part);
                var target = new FileInfo(next).LinkTarget;
                if (target is null)
                {
                    current = next;
                    continue;
                }

                if (++hops > 40)
                {
                    return null;
                }

                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target) ?? current;
                    target = target[current.Length..];
                }

                foreach (var p in target.Split(separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
                {
                    pending.Push(p);
                }
            }

            return current;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The text with control characters shown as escapes (<c>\x1b</c>), for messages and terminals.</summary>
    internal static string Printable(string text) => FactCheck.Reporting.TerminalText.Escape(text);

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
