using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactCheck.Conflicts;
using FactCheck.Ingestion;
using FactCheck.Reporting;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue 17's scaling check for the two hostile shapes that were super-linear: two quote-heavy articles by one speaker
/// (13), and many near-copies of one story with one word changed inside every quote (14). Each size is run in this
/// process, sizes doubling, and the ratio time(2x)/time(x) is printed (it must stay at or below 2.3), with the
/// report's JSON size, the number of findings and the process's peak working set. Ratios measured in one process on
/// one machine are what is compared; absolute times depend on the machine.
/// </summary>
internal static class HostileScaling
{
    private static readonly string[] Vocabulary =
    [
        "council", "budget", "harbor", "contract", "vote", "inquiry", "board", "members", "residents", "taxes", "ferry", "dredging",
        "schedule", "report", "review", "agency", "funding", "project", "decision", "meeting", "public", "records", "officials", "plan",
        "pier", "repairs", "costs", "delay", "bidders", "auditor", "district", "election", "campaign", "policy", "safety", "storm",
        "flooding", "estimate", "million", "workers", "union", "strike", "permit", "license", "court", "ruling", "appeal", "hearing",
        "state", "federal", "grant", "deadline", "proposal", "amendment", "committee", "chair", "mayor", "governor", "statement", "critics",
        "supporters", "questions", "answers", "documents", "emails", "letters", "timeline", "evidence", "witness", "testimony", "lawyers",
        "community", "families", "schools", "roads", "bridge", "transit", "housing", "rents", "prices", "markets", "exports", "shipping",
        "cargo", "terminal", "crane", "engineers", "design", "survey", "water", "quality", "testing", "results", "standards", "rules",
        "transparency", "accountability", "trust", "promise", "commitment", "process", "conflict", "interest", "disclosure", "ethics",
    ];

    /// <summary>An article of quotes by one speaker, each 20 to 40 words of news vocabulary, about <paramref name="chars"/> long.</summary>
    public static string QuoteHeavy(int chars, int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(chars + 512);
        sb.Append("Outlet: Quote Wire ").Append(seed).Append("\nDate: 2026-03-04\n\nHarbor commissioner Mara Quill spoke at length on Tuesday.\n\n");
        var n = 0;
        while (sb.Length < chars)
        {
            var words = rng.Next(20, 41);
            sb.Append('"');
            for (var w = 0; w < words; w++)
            {
                var word = Vocabulary[rng.Next(Vocabulary.Length)];
                sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w + 1 < words ? " " : string.Empty);
            }

            sb.Append(n++ % 2 == 0 ? ",\" Quill said.\n\n" : ",\" said Quill, who chairs the board.\n\n");
        }

        return sb.ToString();
    }

    /// <summary>The base story of the near-copy input: five quotes by three speakers, in my own words.</summary>
    private static readonly string[] CopyQuotes =
    [
        "We will not sign the dredging contract until the auditor has reviewed every bid and published the full costs",
        "The board kept the residents waiting for months and then decided the whole plan behind closed doors",
        "Our engineers found cracks in the pier long before the storm and the repairs were delayed twice",
        "Nobody on this council will accept a ferry schedule that leaves the island families without service in winter",
        "I asked for the records three times and each time the agency told me they were not ready yet",
    ];

    /// <summary>Copy <paramref name="k"/> of one story: the same text with one word inside every quote replaced.</summary>
    public static SourceDocument NearCopy(int k)
    {
        var sb = new StringBuilder(2_000);
        sb.Append("Outlet: Copy Desk ").Append(k).Append("\nDate: 2026-03-04\n\nThe harbor board delayed its vote on the dredging contract on Tuesday after a long public meeting.\n\n");
        var speakers = new[] { "said commissioner Mara Quill", "said council member Owen Hask", "said resident Ilse Varro" };
        for (var q = 0; q < CopyQuotes.Length; q++)
        {
            var words = CopyQuotes[q].Split(' ');
            var at = 2 + ((k + q) % (words.Length - 4));
            words[at] = Vocabulary[(k * 7 + q) % Vocabulary.Length];
            sb.Append('"').Append(string.Join(' ', words)).Append(",\" ").Append(speakers[q % speakers.Length]).Append(".\n\n");
        }

        sb.Append("The board will meet again next week. The auditor's review is expected in April.\n");
        return new SourceDocument(string.Create(CultureInfo.InvariantCulture, $"copy{k:D5}"), sb.ToString());
    }

    public static int Run(string[] args)
    {
        var which = args.Length > 1 ? args[1] : "all";
        var checker = FactChecker.CreateDefault();
        // Warm up JIT and the word lists.
        checker.Check([NearCopy(0), NearCopy(1), new SourceDocument("qa", QuoteHeavy(20_000, 1)), new SourceDocument("qb", QuoteHeavy(20_000, 2))]);
        if (which is "all" or "quotes")
        {
            var maxChars = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000_000;
            Console.WriteLine("## Quote-heavy: two articles by one speaker");
            Console.WriteLine("| chars per article | s | ratio to half | findings | JSON MB | peak working set MB |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            double? previous = null;
            var firstChars = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 125_000;
            for (var chars = firstChars; chars <= maxChars; chars *= 2)
            {
                var docs = new[] { new SourceDocument("qa", QuoteHeavy(chars, 1)), new SourceDocument("qb", QuoteHeavy(chars, 2)) };
                previous = Row(checker, docs, chars, previous);
            }
        }

        if (which is "all" or "copies")
        {
            var maxCopies = args.Length > 2 && which == "copies" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_600;
            Console.WriteLine("## Near-copies: one story, one word changed inside every quote");
            Console.WriteLine("| copies | s | ratio to half | findings | JSON MB | peak working set MB |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            double? previous = null;
            var firstCopies = args.Length > 3 && which == "copies" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100;
            for (var n = firstCopies; n <= maxCopies; n *= 2)
            {
                var docs = Enumerable.Range(0, n).Select(NearCopy).ToArray();
                previous = Row(checker, docs, n, previous);
            }
        }

        return 0;
    }

    private static double Row(FactChecker checker, SourceDocument[] docs, int size, double? previous)
    {
        GC.Collect();
        var sw = Stopwatch.StartNew();
        var report = checker.Check(docs);
        var json = report.ToJson();
        var seconds = sw.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
        var ratio = previous is { } p ? (seconds / p).ToString("F2", CultureInfo.InvariantCulture) : "—";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size} | {seconds:F2} | {ratio} | {report.Findings.Count} | {Encoding.UTF8.GetByteCount(json) / 1e6:F2} | {peak:F0} |"));
        return seconds;
    }

    /// <summary>Wall time per stage on one hostile input (a profile, not a benchmark).</summary>
    public static int Profile(string[] args)
    {
        var which = args[1];
        var size = int.Parse(args[2], CultureInfo.InvariantCulture);
        var sources = which == "quotes"
            ? new[] { new SourceDocument("qa", QuoteHeavy(size, 1)), new SourceDocument("qb", QuoteHeavy(size, 2)) }
            : Enumerable.Range(0, size).Select(NearCopy).ToArray();
        var (docs, claims, facts, conflicts) = PipelineState.RunTimed(
            sources,
            (name, seconds) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {seconds:F2} s")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{docs.Sum(d => d.Quotes.Count)} quotes, {claims.Length} claims, {facts.Count} facts, {conflicts.Findings.Count} findings"));
        return 0;
    }
}
