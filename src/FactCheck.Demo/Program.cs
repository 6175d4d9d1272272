using FactCheck;
using FactCheck.Ingestion;

// Placeholder demo: the full command line arrives with the delivery work.
var sampleDir = Path.Combine(AppContext.BaseDirectory, "Sample");
var docs = Directory.Exists(sampleDir)
    ? Directory.GetFiles(sampleDir, "*.txt").Order(StringComparer.Ordinal)
        .Select(p => new SourceDocument(Path.GetFileNameWithoutExtension(p), File.ReadAllText(p)))
        .ToList()
    : [];
if (docs.Count == 0)
{
    Console.Error.WriteLine($"No sample articles found in {sampleDir}.");
    return 2;
}

var report = FactChecker.CreateDefault().Check(docs);
foreach (var d in report.Documents)
{
    Console.WriteLine($"{d.Id}: kept {d.KeptLines} lines, dropped {d.DroppedLines}");
}

return 0;
