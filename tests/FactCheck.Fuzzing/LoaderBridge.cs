using FactCheck.Ingestion;

namespace FactCheck.Fuzzing;

/// <summary>Reads a file through the library's loader (kept in one place so the harness follows the loader's API).</summary>
internal static class LoaderBridge
{
    public static SourceDocument FromFile(string path) => DocumentLoader.FromFile(path);
}
