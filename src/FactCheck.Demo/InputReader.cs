using FactCheck.Ingestion;
using Microsoft.Extensions.Logging;

namespace FactCheck.Demo;

/// <summary>
/// Turns the command line's PATHs (files, folders of <c>*.txt</c>, JSON manifests) into documents through
/// <see cref="DocumentLoader.Load"/>; anything unusable becomes a <see cref="FactCheckInputException"/> whose
/// one-line message names the path and the problem.
/// </summary>
internal static class InputReader
{
    /// <summary>Reads every path, in order.</summary>
    /// <param name="paths">The command line's paths.</param>
    /// <param name="logger">Receives a warning for every file skipped.</param>
    /// <param name="reports">
    /// The files this run writes (real paths, with what each is): never read. A named file or a manifest entry that is one
    /// of them is an error; a folder's file that is one is skipped.
    /// </param>
    public static IReadOnlyList<SourceDocument> Read(IReadOnlyList<string> paths, ILogger? logger = null, IReadOnlyDictionary<string, string>? reports = null)
    {
        var docs = new List<SourceDocument>();
        foreach (var path in paths)
        {
            // An unknown option lands here as a path; say which it is.
            if (path.StartsWith('-') && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new FactCheckInputException($"{path}: unknown option (see --help)", null, path);
            }

            try
            {
                docs.AddRange(DocumentLoader.Load(path, logger, reports));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new FactCheckInputException($"{path}: cannot be read ({ex.Message.TrimEnd('.')})", null, path, ex);
            }
        }

        return docs;
    }
}
