using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Ingestion;

namespace FactCheck.Demo;

/// <summary>
/// Turns the command line's PATHs (files, folders of <c>*.txt</c>, JSON manifests) into documents, with a
/// one-line <see cref="FactCheckInputException"/> naming the path and the problem for anything unusable.
/// </summary>
/// <remarks>
/// TODO(lead): Ingestion's <c>DocumentLoader</c> is still a placeholder (only <c>FromText</c>) on this branch.
/// When <c>DocumentLoader.Load(path)</c> is merged, make <see cref="ReadPath"/> return
/// <c>DocumentLoader.Load(path)</c> and delete everything below it; <see cref="Read"/>'s contract stays.
/// </remarks>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] HeaderKeys = ["Outlet", "Date", "URL", "Title"];

    /// <summary>Reads every path, in order; folders are read in ordinal file-name order.</summary>
    public static IReadOnlyList<SourceDocument> Read(IReadOnlyList<string> paths)
    {
        var docs = new List<SourceDocument>();
        foreach (var path in paths)
        {
            docs.AddRange(ReadPath(path));
        }

        return docs;
    }

    private static List<SourceDocument> ReadPath(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToArray();
                if (files.Length == 0)
                {
                    throw Problem(path, "folder contains no .txt files");
                }

                return [.. files.Select(f => ReadFile(f, Path.GetFileNameWithoutExtension(f)))];
            }

            if (!File.Exists(path))
            {
                // An unknown option lands here as a path; say which it is.
                throw Problem(path, path.StartsWith('-') ? "unknown option (see --help)" : "no such file or folder");
            }

            return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase)
                ? ReadManifest(path)
                : [ReadFile(path, Path.GetFileNameWithoutExtension(path))];
        }
        catch (UnauthorizedAccessException ex)
        {
            throw Problem(path, "cannot be read (permission denied)", ex);
        }
        catch (IOException ex)
        {
            throw Problem(path, "cannot be read (" + ex.Message.TrimEnd('.') + ")", ex);
        }
    }

    private static SourceDocument ReadFile(string path, string id)
    {
        if (!File.Exists(path))
        {
            throw Problem(path, "no such file");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            throw Problem(path, "file is empty");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw Problem(path, "not a text file (it contains NUL bytes)");
        }

        string text;
        try
        {
            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException ex)
        {
            throw Problem(path, "not a text file (it is not valid UTF-8)", ex);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Problem(path, "file has no text (only whitespace)");
        }

        return WithHeader(new SourceDocument(id, text) { SourcePath = path });
    }

    /// <summary>Reads the <c>Key: value</c> lines at the top of the text, up to the first blank line.</summary>
    private static SourceDocument WithHeader(SourceDocument doc)
    {
        var text = doc.Text;
        var pos = 0;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (pos < text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var line = text[pos..end].TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim() : string.Empty;
            if (line.Trim().Length == 0 || !HeaderKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                if (fields.Count > 0 && line.Trim().Length == 0)
                {
                    pos = nl < 0 ? text.Length : nl + 1;
                }

                break;
            }

            fields[key] = line[(colon + 1)..].Trim();
            pos = nl < 0 ? text.Length : nl + 1;
        }

        if (fields.Count == 0)
        {
            return doc;
        }

        DateOnly? date = DateOnly.TryParseExact(fields.GetValueOrDefault("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return doc with
        {
            Outlet = NullIfEmpty(fields.GetValueOrDefault("Outlet")),
            Title = NullIfEmpty(fields.GetValueOrDefault("Title")),
            Url = NullIfEmpty(fields.GetValueOrDefault("URL")),
            Published = date,
            PublishedBasis = date is null ? PublishedBasis.None : PublishedBasis.Metadata,
            BodyStart = pos,
        };
    }

    /// <summary>A manifest: a JSON array (or <c>{"documents": [...]}</c>) of <c>{ path, id?, outlet?, published?, title?, url? }</c>.</summary>
    private static List<SourceDocument> ReadManifest(string path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw Problem(path, "not a valid JSON manifest (" + ex.Message.TrimEnd('.') + ")", ex);
        }

        using (json)
        {
            var root = json.RootElement;
            var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("documents", out var list) ? list : root;
            if (items.ValueKind != JsonValueKind.Array)
            {
                throw Problem(path, "manifest must be an array of documents or an object with a \"documents\" array");
            }

            var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            var docs = new List<SourceDocument>();
            foreach (var item in items.EnumerateArray())
            {
                var file = Str(item, "path") ?? Str(item, "file")
                    ?? throw Problem(path, "a manifest entry has no \"path\"");
                var full = Path.IsPathRooted(file) ? file : Path.Combine(baseDir, file);
                var doc = ReadFile(full, Str(item, "id") ?? Path.GetFileNameWithoutExtension(full));
                var published = Str(item, "published");
                DateOnly? date = DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : doc.Published;
                docs.Add(doc with
                {
                    Outlet = Str(item, "outlet") ?? doc.Outlet,
                    Title = Str(item, "title") ?? doc.Title,
                    Url = Str(item, "url") ?? doc.Url,
                    Published = date,
                    PublishedBasis = date is null ? PublishedBasis.None : PublishedBasis.Metadata,
                });
            }

            return docs.Count == 0 ? throw Problem(path, "manifest lists no documents") : docs;
        }
    }

    private static string? Str(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? NullIfEmpty(v.GetString()) : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static FactCheckInputException Problem(string path, string problem, Exception? inner = null) =>
        new($"{path}: {problem}", null, path, inner);
}
