using System.Text;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.Text;

namespace FactCheck.Fuzzing;

/// <summary>
/// The fuzz targets. Each takes raw bytes, runs one part of the library, and lets through only the
/// exceptions the library documents (<see cref="FactCheckInputException"/>); anything else, or a broken
/// offset invariant, escapes as a crash.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Separates documents in a pipeline input: a line holding only <c>%%</c>.</summary>
    public const string DocumentSeparator = "\n%%\n";

    // Lazy: under AFL, instrumented library code must not run before Fuzzer.OutOfProcess.Run sets up the
    // shared coverage map (it crashes with an access violation otherwise).
    private static readonly Lazy<FactChecker> Checker = new(() => new FactCheckerBuilder()
        .Configure(o => o.MaxDegreeOfParallelism = 1)
        .Build());

    private static readonly Lazy<BoilerplateRemover> Boilerplate = new(() => new BoilerplateRemover());

    /// <summary>The targets by name.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["ingestion"] = Ingestion,
        ["pipeline"] = Pipeline,
    };

    /// <summary>Whether <paramref name="e"/> is a documented, typed rejection rather than a bug.</summary>
    public static bool IsExpected(Exception e) => e is FactCheckInputException;

    /// <summary>Ingestion and cleaning: bytes as a file (any encoding, BOM, binary) through the loader and the boilerplate stage.</summary>
    public static void Ingestion(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        SourceDocument doc;
        try
        {
            doc = Load(data);
        }
        catch (FactCheckInputException)
        {
            return;
        }

        var lines = Boilerplate.Value.Clean([doc])[0];
        var previousEnd = 0;
        foreach (var l in lines)
        {
            if (l.Start < previousEnd || l.End < l.Start || l.End > doc.Text.Length)
            {
                throw new InvariantException($"line [{l.Start},{l.End}) out of order or outside a text of {doc.Text.Length} chars");
            }

            previousEnd = l.End;
        }
    }

    /// <summary>The whole pipeline on up to 16 documents separated by <see cref="DocumentSeparator"/>.</summary>
    public static void Pipeline(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = Encoding.UTF8.GetString(data);
        var parts = text.Split(DocumentSeparator, StringSplitOptions.None);
        var docs = parts.Take(16).Select((p, i) => new SourceDocument("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), p)).ToArray();
        ConsistencyReport report;
        try
        {
            report = Checker.Value.Check(docs);
        }
        catch (FactCheckInputException)
        {
            return;
        }

        CheckOffsets(report, docs);

        // Rendering must take any article text: encode it, never fail on it.
        _ = report.ToJson();
        _ = report.ToMarkdown();
        var html = report.ToHtml();
        if (html.Contains("<script>document.write", StringComparison.Ordinal) || html.Contains("<img src=x onerror", StringComparison.Ordinal))
        {
            throw new InvariantException("article text reached the HTML report unencoded");
        }
    }

    private static SourceDocument Load(byte[] data)
    {
        // Through a file, as a newsroom would supply it: the loader owns decoding, BOMs and binary detection.
        var path = Path.Combine(Path.GetTempPath(), "factcheck-fuzz-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt");
        File.WriteAllBytes(path, data);
        try
        {
            return LoaderBridge.FromFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void CheckOffsets(ConsistencyReport report, IReadOnlyList<SourceDocument> docs)
    {
        var byId = docs.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        void Check(string document, string text, int start, int end)
        {
            if (!byId.TryGetValue(document, out var original) || start < 0 || end < start || end > original.Length
                || !original.AsSpan(start, end - start).SequenceEqual(text))
            {
                throw new InvariantException($"evidence '{text}' [{start},{end}) does not index the original text of '{document}'");
            }
        }

        foreach (var f in report.Findings)
        {
            foreach (var e in f.Evidence)
            {
                Check(e.Document, e.Text, e.Start, e.End);
            }
        }

        foreach (var f in report.Facts)
        {
            foreach (var e in f.Evidence)
            {
                Check(e.Document, e.Text, e.Start, e.End);
            }
        }

        foreach (var en in report.Entities)
        {
            foreach (var m in en.Mentions)
            {
                Check(m.Document, m.Text, m.Start, m.End);
            }
        }

        foreach (var d in report.Documents)
        {
            foreach (var t in d.TimeExpressions)
            {
                Check(d.Id, t.Text, t.Start, t.End);
            }
        }

        foreach (var s in report.Stances)
        {
            Check(s.Evidence.Document, s.Evidence.Text, s.Evidence.Start, s.Evidence.End);
        }
    }
}

/// <summary>A broken library invariant found by a fuzz target (always a bug).</summary>
public sealed class InvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvariantException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvariantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
