using System.Text;
using FactCheck.Ingestion;

namespace FactCheck.Fuzzing;

/// <summary>Reads a file the way the library's loader does (kept in one place so the harness follows the loader's API).</summary>
internal static class LoaderBridge
{
    public static SourceDocument FromFile(string path)
    {
        // PLACEHOLDER until the loader lands: decode UTF-8 with BOM detection, as a caller would.
        var text = File.ReadAllText(path, Encoding.UTF8);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FactCheckInputException($"File '{path}' has no text.", null, path);
        }

        return DocumentLoader.FromText(Path.GetFileNameWithoutExtension(path), text);
    }
}
