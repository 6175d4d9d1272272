using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FactCheck.Fuzzing;

/// <summary>One input that broke a target.</summary>
/// <param name="Target">The target's name.</param>
/// <param name="Input">The input's file or a description.</param>
/// <param name="Problem">The unexpected exception or "hang".</param>
public sealed record FuzzFailure(string Target, string Input, string Problem);

/// <summary>Runs the targets in-process: over a saved corpus (smoke) or with random mutations (when AFL++ is not at hand).</summary>
public static class Harness
{
    /// <summary>Runs every file of <paramref name="directory"/> through every target; returns the failures.</summary>
    public static IReadOnlyList<FuzzFailure> Smoke(string directory, TimeSpan perInput)
    {
        var failures = new List<FuzzFailure>();
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var data = File.ReadAllBytes(file);
            foreach (var (name, target) in FuzzTargets.All)
            {
                if (RunOne(target, data, perInput) is { } problem)
                {
                    failures.Add(new FuzzFailure(name, Path.GetFileName(file), problem));
                }
            }
        }

        return failures;
    }

    /// <summary>Runs one input; null when it passed, otherwise the problem.</summary>
    public static string? RunOne(Action<byte[]> target, byte[] data, TimeSpan bound)
    {
        ArgumentNullException.ThrowIfNull(target);
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                target(data);
            }
            catch (Exception e)
            {
                // A thread's unhandled exception kills the process; keep the verdict instead.
                error = FuzzTargets.IsExpected(e) ? null : e;
            }
        }, 64 * 1024 * 1024);
        thread.IsBackground = true;
        thread.Start();
        if (!thread.Join(bound))
        {
            return "hang (no result within " + bound.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s)";
        }

        return error is null ? null : error.GetType().FullName + ": " + error.Message.Split('\n')[0];
    }

    /// <summary>
    /// Random mutation loop over the corpus for <paramref name="duration"/>; writes every failing input to
    /// <paramref name="findings"/>. Returns (executions, failures).
    /// </summary>
    public static (long Executions, int Failures) Mutate(string corpus, string findings, TimeSpan duration, ulong seed)
    {
        Directory.CreateDirectory(findings);
        var seeds = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var rng = new Rng(seed);
        var sw = Stopwatch.StartNew();
        long runs = 0;
        var failures = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastReport = TimeSpan.Zero;
        while (sw.Elapsed < duration)
        {
            var data = Mutator.Mutate(seeds[rng.Next(seeds.Length)], seeds[rng.Next(seeds.Length)], rng);
            foreach (var (name, target) in FuzzTargets.All)
            {
                runs++;
                if (RunOne(target, data, TimeSpan.FromSeconds(10)) is { } problem)
                {
                    var key = name + "|" + problem.Split(':')[0];
                    var file = Path.Combine(findings, string.Create(CultureInfo.InvariantCulture, $"{name}-{runs:D9}.bin"));
                    File.WriteAllBytes(file, data);
                    File.WriteAllText(file + ".txt", problem);
                    failures++;
                    if (seen.Add(key))
                    {
                        Console.WriteLine($"NEW {name}: {problem} -> {file}");
                    }
                }
            }

            if (sw.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = sw.Elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sw.Elapsed:hh\\:mm\\:ss} executions {runs} ({runs / sw.Elapsed.TotalSeconds:F0}/s), failing inputs {failures}"));
            }
        }

        return (runs, failures);
    }
}

/// <summary>SplitMix64, so a mutation run is repeatable from its seed.</summary>
internal sealed class Rng(ulong state)
{
    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt64() % (ulong)max);
}

/// <summary>Byte- and token-level mutations in the spirit of AFL's havoc stage, with a dictionary of the text features the stages parse.</summary>
internal static class Mutator
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\"", "\u201C", "\u201D", "\u2019", "'", "(", ")", "[", "]", ".", "!", "?", ",", ":", ";", "\n", "\r\n", "\r", "\n\n", "\n%%\n",
            "\uFEFF", "\0", "\uD800", "\u200D", "\u0301", "\U0001F600", "<p>", "</p>", "&amp;", "Outlet: ", "Date: ", "Title: ", "2030-02-30",
            "February 30", "the 99th", "March 3, 2030", "last Tuesday", "1,000,000,000,000,000,000", "at least 40", "Sen.", "Dr.", "U.S.",
            " said ", " told reporters ", "Secretary ", "Ambassador ", " called on ", " to resign", "Marta Varga", "Marta Vagra", "-", "\u2014",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF, 0xFE], [0xC3], [0xED, 0xA0, 0x80],
    ];

    public static byte[] Mutate(byte[] input, byte[] other, Rng rng)
    {
        var data = new List<byte>(input);
        var steps = 1 + rng.Next(8);
        for (var s = 0; s < steps; s++)
        {
            var pos = rng.Next(data.Count + 1);
            switch (rng.Next(7))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(pos, data.Count - 1)] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1:
                    data.InsertRange(pos, Tokens[rng.Next(Tokens.Length)]);
                    break;
                case 2 when data.Count > 0:
                    var len = Math.Min(1 + rng.Next(32), data.Count - Math.Min(pos, data.Count - 1));
                    data.RemoveRange(Math.Min(pos, data.Count - 1), Math.Max(0, len));
                    break;
                case 3 when data.Count > 0:
                    var start = rng.Next(data.Count);
                    var count = Math.Min(1 + rng.Next(64), data.Count - start);
                    var chunk = data.GetRange(start, count);
                    for (var r = rng.Next(4); r >= 0; r--)
                    {
                        data.InsertRange(pos, chunk);
                    }

                    break;
                case 4 when other.Length > 0:
                    var from = rng.Next(other.Length);
                    data.InsertRange(pos, other.AsSpan(from, Math.Min(other.Length - from, 1 + rng.Next(200))).ToArray());
                    break;
                case 5:
                    var token = Tokens[rng.Next(Tokens.Length)];
                    for (var r = rng.Next(200); r >= 0; r--)
                    {
                        data.InsertRange(pos, token);
                    }

                    break;
                default:
                    if (data.Count > 0)
                    {
                        data[Math.Min(pos, data.Count - 1)] = (byte)rng.Next(256);
                    }

                    break;
            }
        }

        return [.. data];
    }
}
