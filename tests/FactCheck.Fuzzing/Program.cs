using System.Globalization;
using FactCheck.Fuzzing;
using SharpFuzz;

// Modes (see README.md):
//   --smoke DIR                 every file of DIR through every target, in-process; exit 1 on an unexpected exception or hang
//   --afl ingestion|pipeline    AFL++ fork-server mode (run under afl-fuzz after `sharpfuzz FactCheck.dll`)
//   --libfuzzer ingestion|pipeline
//   --mutate DIR OUT SECONDS [SEED]   in-process random mutation loop (no instrumentation needed)
//   --run ingestion|pipeline FILE     reproduce one input
if (args.Length >= 2 && args[0] == "--smoke")
{
    var failures = Harness.Smoke(args[1], TimeSpan.FromSeconds(20));
    foreach (var f in failures)
    {
        Console.Error.WriteLine($"FAIL {f.Target} {f.Input}: {f.Problem}");
    }

    Console.WriteLine($"smoke: {Directory.GetFiles(args[1]).Length} inputs x {FuzzTargets.All.Count} targets, {failures.Count} failures");
    return failures.Count == 0 ? 0 : 1;
}

if (args.Length >= 2 && args[0] == "--afl")
{
    var target = FuzzTargets.All[args[1]];
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        target(ms.ToArray());
    });
    return 0;
}

if (args.Length >= 2 && args[0] == "--libfuzzer")
{
    var target = FuzzTargets.All[args[1]];
    Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
    return 0;
}

if (args.Length >= 4 && args[0] == "--mutate")
{
    var seed = args.Length > 4 ? ulong.Parse(args[4], CultureInfo.InvariantCulture) : 1UL;
    var (runs, fails) = Harness.Mutate(args[1], args[2], TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture)), seed);
    Console.WriteLine($"mutate: {runs} executions, {fails} failing inputs");
    return fails == 0 ? 0 : 1;
}

if (args.Length >= 3 && args[0] == "--run")
{
    FuzzTargets.All[args[1]](File.ReadAllBytes(args[2]));
    Console.WriteLine("ok");
    return 0;
}

Console.Error.WriteLine("usage: --smoke DIR | --afl TARGET | --libfuzzer TARGET | --mutate DIR OUT SECONDS [SEED] | --run TARGET FILE");
return 2;
