using FactCheck.Ingestion;
using Microsoft.Extensions.Logging;

namespace FactCheck.Demo;

/// <summary>How <see cref="InputReader"/> treats the command line's paths.</summary>
/// <param name="Recursive">Read the <c>*.txt</c> files of subfolders too.</param>
/// <param name="Strict">Stop at the first unusable file instead of skipping it with a warning.</param>
/// <param name="StandardInput">Where <c>-</c> reads its one article from; null when none is available.</param>
/// <param name="Warn">Receives one line per skipped file (without the "factcheck: " prefix).</param>
internal sealed record InputOptions(bool Recursive = false, bool Strict = false, TextReader? StandardInput = null, Action<string>? Warn = null);

/// <summary>
/// Turns the command line's PATHs (files, folders of <c>*.txt</c>, JSON manifests, <c>-</c> for standard input)
/// into documents through <see cref="DocumentLoader"/>. A file that cannot be used is skipped with a warning
/// naming it and the problem, unless <see cref="InputOptions.Strict"/>: then it becomes the
/// <see cref="FactCheckInputException"/> that ends the run. Ids are unique: a file found in a folder is named by
/// its path relative to that folder (<c>a/article</c>, <c>b/article</c>), and ids that still collide are
/// replaced by the paths relative to the working folder.
/// </summary>
internal static class InputReader
{
    /// <summary>The id of the article read from standard input.</summary>
    public const string StandardInputId = "stdin";

    /// <summary>Reads every path, in order, with the defaults (no recursion, strict).</summary>
    public static IReadOnlyList<SourceDocument> Read(IReadOnlyList<string> paths, ILogger? logger = null, IReadOnlyDictionary<string, string>? reports = null) =>
        Read(paths, new InputOptions(Strict: true), logger, reports);

    /// <summary>Reads every path, in order.</summary>
    /// <param name="paths">The command line's paths.</param>
    /// <param name="options">Recursion, strictness, standard input and where warnings go.</param>
    /// <param name="logger">Receives a warning for every file skipped.</param>
    /// <param name="reports">
    /// The files this run writes (real paths, with what each is): never read. A named file or a manifest entry that is one
    /// of them is an error (even without --strict: it is a mistake in the command, not in a file); a folder's file that is
    /// one is skipped.
    /// </param>
    public static IReadOnlyList<SourceDocument> Read(IReadOnlyList<string> paths, InputOptions options, ILogger? logger = null, IReadOnlyDictionary<string, string>? reports = null)
    {
        var docs = new List<SourceDocument>();
        var stdinRead = false;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (stdinRead)
                {
                    throw new FactCheckInputException("-: standard input can be read only once.", null, path);
                }

                stdinRead = true;
                docs.Add(ReadStandardInput(options));
                continue;
            }

            // An unknown option lands here as a path; say which it is.
            if (path.StartsWith('-') && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new FactCheckInputException($"{path}: unknown option (see --help)", null, path);
            }

            // A path that does not exist is a mistake in the command (a typo), not an unusable file: never skipped.
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                throw new FactCheckInputException($"The path '{path}' does not exist.", null, path);
            }

            if (Directory.Exists(path))
            {
                docs.AddRange(ReadFolder(path, options, reports));
                continue;
            }

            if (reports is not null && File.Exists(path) && DocumentLoader.ResolveLinksOrNull(path) is { } real && reports.TryGetValue(real, out var report))
            {
                throw new FactCheckInputException($"'{path}' is an input and also this run's {report}; writing the report would replace the article. Choose another report file.", null, path);
            }

            Guard(options, path, () => docs.AddRange(DocumentLoader.Load(path, logger, reports)));
        }

        return Disambiguate(docs);
    }

    private static SourceDocument ReadStandardInput(InputOptions options)
    {
        var reader = options.StandardInput
            ?? throw new FactCheckInputException("-: there is no standard input to read.", null, "-");
        var text = reader.ReadToEnd();
        return DocumentLoader.FromText(StandardInputId, text);
    }

    private static List<SourceDocument> ReadFolder(string folder, InputOptions options, IReadOnlyDictionary<string, string>? reports)
    {
        var files = new List<string>();
        var realTop = DocumentLoader.ResolveLinksOrNull(folder);
        Collect(folder, realTop, options, reports, files, realTop is null ? [] : [realTop]);
        if (files.Count == 0)
        {
            var where = options.Recursive ? " or its subfolders" : string.Empty;
            Fail(options, folder, $"The folder '{folder}'{where} holds no article (*.txt) files.");
            return [];
        }

        // Ordinal order of the relative path, so the same folder always gives the same ids in the same order.
        var docs = new List<SourceDocument>(files.Count);
        foreach (var file in files.OrderBy(f => RelativeId(folder, f), StringComparer.Ordinal))
        {
            Guard(options, file, () =>
            {
                var doc = DocumentLoader.FromFile(file);
                docs.Add(WithId(doc, RelativeId(folder, file)));
            });
        }

        return docs;
    }

    /// <summary>
    /// The article files below <paramref name="folder"/>: not a link that leads outside <paramref name="realTop"/> (the
    /// folder named on the command line, links followed), not one of this run's report files.
    /// </summary>
    private static void Collect(string folder, string? realTop, InputOptions options, IReadOnlyDictionary<string, string>? reports, List<string> files, HashSet<string> visited)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(options, folder, $"The folder '{folder}' cannot be read: {ex.Message.TrimEnd('.')}.");
            return;
        }

        foreach (var entry in entries)
        {
            var real = DocumentLoader.ResolveLinksOrNull(entry);
            if (realTop is not null && real is not null && !DocumentLoader.IsInside(realTop, real))
            {
                options.Warn?.Invoke(Skipped(entry, "it is a link to a place outside the folder"));
            }
            else if (real is not null && reports is not null && reports.ContainsKey(real))
            {
                // This run's own output (factcheck . > out.txt): not an article, and not worth a warning.
            }
            else if (Directory.Exists(entry))
            {
                // A link back up the tree would recurse for ever: each real folder is read once.
                if (options.Recursive && (real is null || visited.Add(real)))
                {
                    Collect(entry, realTop, options, reports, files, visited);
                }
            }
            else if (entry.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(entry);
            }
        }
    }

    /// <summary>"sub/article" for <c>folder/sub/article.txt</c>: the path below the folder, without extension, with '/'.</summary>
    internal static string RelativeId(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        var withoutExtension = Path.ChangeExtension(relative, null) ?? relative;
        return withoutExtension.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static void Guard(InputOptions options, string path, Action read)
    {
        try
        {
            read();
        }
        catch (FactCheckInputException ex) when (!options.Strict)
        {
            options.Warn?.Invoke(Skipped(path, ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var message = $"{path}: cannot be read ({ex.Message.TrimEnd('.')})";
            if (options.Strict)
            {
                throw new FactCheckInputException(message, null, path, ex);
            }

            options.Warn?.Invoke(Skipped(path, message));
        }
    }

    private static void Fail(InputOptions options, string path, string message)
    {
        if (options.Strict)
        {
            throw new FactCheckInputException(message, null, path);
        }

        options.Warn?.Invoke(Skipped(path, message));
    }

    private static string Skipped(string path, string message) =>
        $"warning: skipping {path}: {message.TrimEnd('.')}.";

    /// <summary>
    /// Ids that collide (two <c>article.txt</c> given from different folders) become the files' paths relative to
    /// the working folder; a file given twice is read once.
    /// </summary>
    private static List<SourceDocument> Disambiguate(List<SourceDocument> docs)
    {
        var clashing = docs.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (clashing.Count == 0)
        {
            return docs;
        }

        var result = new List<SourceDocument>(docs.Count);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in docs)
        {
            if (!clashing.Contains(d.Id) || d.SourcePath is null)
            {
                result.Add(d);
                continue;
            }

            var full = Path.GetFullPath(d.SourcePath);
            if (!full.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !seenFiles.Add(full))
            {
                continue;
            }

            var relative = RelativeId(Directory.GetCurrentDirectory(), full);
            var id = full.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? relative + "#" + d.Id : relative;
            result.Add(WithId(d, id));
        }

        return result;
    }

    private static SourceDocument WithId(SourceDocument d, string id) =>
        string.Equals(d.Id, id, StringComparison.Ordinal) ? d : new SourceDocument(id, d.Text)
        {
            Outlet = d.Outlet,
            Published = d.Published,
            PublishedBasis = d.PublishedBasis,
            DatelineCandidate = d.DatelineCandidate,
            Url = d.Url,
            Title = d.Title,
            BodyStart = d.BodyStart,
            SourcePath = d.SourcePath,
        };
}
