using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactCheck.Ingestion;
using FactCheck.Reporting;

namespace FactCheck.Tests.Reliability;

/// <summary>Checks every reliability test shares: offsets index the original text, and a check neither hangs nor fails untyped.</summary>
internal static class ReportInvariants
{
    /// <summary>
    /// Every evidence, mention, role, time expression, claim and claim argument in <paramref name="report"/>
    /// names a supplied document, lies inside its text and quotes exactly <c>Text[Start..End]</c> of the original.
    /// </summary>
    public static void AssertOffsetsIndexOriginal(ConsistencyReport report, IEnumerable<SourceDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(report);
        var byId = docs.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var failures = new List<string>();

        void Check(string where, string document, string text, int start, int end)
        {
            if (!byId.TryGetValue(document, out var original))
            {
                failures.Add($"{where}: unknown document '{document}'");
            }
            else if (start < 0 || end < start || end > original.Length)
            {
                failures.Add($"{where}: span [{start},{end}) outside '{document}' (length {original.Length})");
            }
            else if (!string.Equals(original.Substring(start, end - start), text, StringComparison.Ordinal))
            {
                failures.Add($"{where}: '{Show(text)}' != original[{start}..{end}) '{Show(original.Substring(start, end - start))}' in '{document}'");
            }
        }

        foreach (var d in report.Documents)
        {
            foreach (var t in d.TimeExpressions)
            {
                Check($"time expression of {d.Id}", d.Id, t.Text, t.Start, t.End);
            }
        }

        foreach (var e in report.Entities)
        {
            foreach (var m in e.Mentions)
            {
                Check($"mention of {e.Id}", m.Document, m.Text, m.Start, m.End);
                if (m.Role is { } r)
                {
                    Check($"role of {e.Id}", r.Document, r.Text, r.Start, r.End);
                }
            }

            foreach (var r in e.Roles)
            {
                Check($"role of {e.Id}", r.Document, r.Text, r.Start, r.End);
            }
        }

        foreach (var f in report.Facts)
        {
            foreach (var ev in f.Evidence)
            {
                Check($"evidence of fact {f.Id}", ev.Document, ev.Text, ev.Start, ev.End);
            }

            foreach (var c in f.Claims)
            {
                Check($"claim {c.Id}", c.Document, c.Text, c.Start, c.End);
                foreach (var a in c.Arguments)
                {
                    Check($"argument {a.Role} of claim {c.Id}", c.Document, a.Text, a.Start, a.End);
                }
            }
        }

        foreach (var f in report.Findings)
        {
            foreach (var ev in f.Evidence)
            {
                Check($"evidence of finding {f.Id} ({f.Kind})", ev.Document, ev.Text, ev.Start, ev.End);
            }
        }

        foreach (var s in report.Stances)
        {
            Check($"stance {s.Entity}/{s.Demand}", s.Evidence.Document, s.Evidence.Text, s.Evidence.Start, s.Evidence.End);
        }

        failures.Should().BeEmpty("every offset must index the original text");
    }

    /// <summary>
    /// Runs <paramref name="check"/> on another thread with a token, and fails if it has not finished within
    /// <paramref name="bound"/> (a hang guard, not a timing assertion: the bound is generous).
    /// </summary>
    public static T Bounded<T>(Func<CancellationToken, T> check, TimeSpan? bound = null)
    {
        using var cts = new CancellationTokenSource();
        var task = Task.Factory.StartNew(() => check(cts.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var limit = bound ?? TimeSpan.FromSeconds(60);
        if (!task.Wait(Debugger.IsAttached ? Timeout.InfiniteTimeSpan : limit))
        {
            cts.Cancel();
            Assert.Fail($"The check did not finish within {limit.TotalSeconds:F0} s (hang guard).");
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Checks <paramref name="docs"/> and returns the report, or the <see cref="FactCheckInputException"/> it
    /// threw; anything else (NullReference, IndexOutOfRange, ...) fails the test, as does a hang.
    /// </summary>
    public static (ConsistencyReport? Report, FactCheckInputException? Error) ReportOrInputError(FactChecker checker, IReadOnlyList<SourceDocument> docs, TimeSpan? bound = null)
    {
        return Bounded(ct =>
        {
            try
            {
                var report = checker.Check(docs, ct);
                AssertOffsetsIndexOriginal(report, docs);
                return ((ConsistencyReport?)report, (FactCheckInputException?)null);
            }
            catch (FactCheckInputException e)
            {
                return ((ConsistencyReport?)null, (FactCheckInputException?)e);
            }
        }, bound);
    }

    /// <summary>The report's JSON as the library renders it, for byte-wise comparison.</summary>
    public static string Canonical(ConsistencyReport report) => report.ToJson();

    /// <summary>A reflection-based JSON form that also covers what the JSON contract leaves out (claims of facts).</summary>
    public static string Reflected(ConsistencyReport report) => JsonSerializer.Serialize(report, CanonicalOptions);

    private static readonly JsonSerializerOptions CanonicalOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static string Show(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
