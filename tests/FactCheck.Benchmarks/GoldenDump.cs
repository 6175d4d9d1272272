using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.StoryGenerator;

namespace FactCheck.Benchmarks;

/// <summary>
/// Writes every stage's output and the full JSON report for a fixed set of inputs (generated stories, the
/// seeds when present, the pathological inputs) to a folder, so a speed change can be checked for identical
/// results with <c>diff -r before after</c>.
/// </summary>
internal static class GoldenDump
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(string folder, bool quick)
    {
        Directory.CreateDirectory(folder);
        var inputs = new List<(string Name, SourceDocument[] Docs)>();
        for (ulong seed = 1; seed <= 12; seed++)
        {
            inputs.Add(($"story{seed:D2}", StoryGenerator.StoryGenerator.Generate(5, seed, new StoryOptions { OddShare = 0.2 }).Documents.ToArray()));
        }

        inputs.Add(("stage-corpus", Corpus.StageStory.Documents.ToArray()));
        // The seeds sit beside the repository (../shared/seeds), wherever the checkout is: look upwards.
        var seeds = Ancestors(AppContext.BaseDirectory).Select(a => Path.Combine(a, "shared", "seeds")).FirstOrDefault(Directory.Exists);
        if (seeds is not null)
        {
            inputs.Add(("seeds", DocumentLoader.FromDirectory(seeds).ToArray()));
        }

        var sample = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/FactCheck.Demo/Sample"));
        if (Directory.Exists(sample))
        {
            inputs.Add(("sample", DocumentLoader.Load(sample).ToArray()));
        }

        inputs.Add(("news1mb", [new SourceDocument("news", Corpus.NewsText(1_000_000))]));
        inputs.Add(("longline", [new SourceDocument("line", Corpus.LongLine(1_000_000))]));
        inputs.Add(("brackets", [new SourceDocument("brackets", Corpus.NestedBrackets(5_000, 1_000_000))]));
        if (!quick)
        {
            inputs.Add(("quotes10k", [new SourceDocument("quotes", Corpus.UnbalancedQuotes(10_000))]));
        }

        foreach (var (name, docs) in inputs)
        {
            Dump(folder, name, docs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {docs.Length} documents"));
        }

        return 0;
    }

    private static IEnumerable<string> Ancestors(string dir)
    {
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            yield return d.FullName;
        }
    }

    private static void Dump(string folder, string name, SourceDocument[] sources)
    {
        var state = PipelineState.Build(sources);
        var sb = new StringBuilder();
        foreach (var d in state.Docs)
        {
            sb.Append("## ").AppendLine(d.Id);
            sb.AppendLine(JsonSerializer.Serialize(new { d.Lines, d.Regions, d.Sentences, d.Mentions, d.Quotes, d.Time, d.Claims }, Json));
        }

        File.WriteAllText(Path.Combine(folder, name + ".stages.txt"), sb.ToString());
        File.WriteAllText(Path.Combine(folder, name + ".entities.txt"), JsonSerializer.Serialize(state.Entities, Json));
        File.WriteAllText(Path.Combine(folder, name + ".facts.txt"), JsonSerializer.Serialize(state.Facts, Json));
        File.WriteAllText(Path.Combine(folder, name + ".report.json"), state.Report.ToJson());
    }
}
