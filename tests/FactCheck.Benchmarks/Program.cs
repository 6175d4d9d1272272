using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using FactCheck.Benchmarks;

// Modes: BenchmarkDotNet (default; pass --filter/--job), --e2e [sizes], --e2e-one N, --time-accuracy FILE, --truth, --golden DIR [--quick], --stages-cpu [stage], --alloc-types, --hostile-scaling, --hostile-profile.
if (args.Length > 0 && args[0] == "--e2e")
{
    var sizes = args.Length > 1 ? args[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [5, 100, 1000, 10000];
    return EndToEnd.RunAll(sizes);
}

if (args.Length > 1 && args[0] == "--e2e-one")
{
    return EndToEnd.RunOne(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length > 1 && args[0] == "--profile")
{
    return StageProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length > 0 && args[0] == "--claims-profile")
{
    return ClaimsProfile.Run();
}

if (args.Length > 1 && args[0] == "--big")
{
    return EndToEnd.RunBig(int.Parse(args[1], CultureInfo.InvariantCulture));
}

if (args.Length > 0 && args[0] == "--stages-cpu")
{
    // --stages-cpu [stage-name-part]: CPU ms and allocation per per-document stage (steadier than wall time).
    return StageCpu.Run(args.Length > 1 ? args[1] : null);
}

if (args.Length > 0 && args[0] == "--alloc-types")
{
    // --alloc-types: the types the entity stage allocates (sampled), to find where its allocation comes from.
    return AllocTypes.Run();
}

if (args.Length > 0 && args[0] == "--hostile-scaling")
{
    // --hostile-scaling [quotes|copies|all] [max] [first]: issue 17's doubling runs, time ratios, JSON size and peak memory.
    return HostileScaling.Run(args);
}

if (args.Length > 2 && args[0] == "--hostile-profile")
{
    // --hostile-profile quotes|copies SIZE: wall time per stage on one hostile input.
    return HostileScaling.Profile(args);
}

if (args.Length > 1 && args[0] == "--golden")
{
    // --golden DIR [--quick]: dump every stage's output for identical-result checks (diff -r).
    return GoldenDump.Run(args[1], quick: args.Contains("--quick"));
}

if (args.Length > 0 && args[0] == "--truth")
{
    return TruthReport.Run();
}

var config = DefaultConfig.Instance
    .AddColumn(new PerMegabyteColumn(allocation: false), new PerMegabyteColumn(allocation: true))
    .WithOptions(ConfigOptions.DisableLogFile)
    .WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, config);
return 0;
