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
    public static IReadOnlyList<SourceDocument> Read(IReadOnlyList<string> paths, ILogger? logger = null)
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
                docs.AddRange(DocumentLoader.Load(path, logger));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new FactCheckInputException($"{path}: cannot be read ({ex.Message.TrimEnd('.')})", null, path, ex);
            }
        }

        return docs;
    }
}
