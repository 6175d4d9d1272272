using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

/// <summary>A benchmark class that knows how many UTF-8 bytes one operation reads.</summary>
public interface ISizedBenchmark
{
    /// <summary>UTF-8 bytes one invocation of <paramref name="method"/> processes.</summary>
    long BytesFor(string method);
}

/// <summary>Throughput (MB/s, 1 MB = 10^6 bytes of UTF-8) or allocation per MB, from the measured mean.</summary>
internal sealed class PerMegabyteColumn(bool allocation) : IColumn
{
    public string Id => allocation ? "AllocPerMB" : "MBps";
    public string ColumnName => allocation ? "Alloc/MB" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => allocation ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => allocation ? "Bytes allocated per MB of input text" : "Megabytes (10^6 UTF-8 bytes) of input text per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var bytes = Sizes.Of(benchmarkCase);
        if (report?.ResultStatistics is null || bytes <= 0)
        {
            return "-";
        }

        var mb = bytes / 1e6;
        if (allocation)
        {
            var alloc = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return alloc is null ? "-" : (alloc.Value / mb / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB";
        }

        var seconds = report.ResultStatistics.Mean / 1e9;
        return (mb / seconds).ToString("F1", CultureInfo.InvariantCulture);
    }
}

/// <summary>Bytes per operation of each benchmark class, computed from a fresh instance.</summary>
internal static class Sizes
{
    private static readonly Dictionary<Type, object?> Instances = [];

    public static long Of(BenchmarkCase c)
    {
        var type = c.Descriptor.Type;
        lock (Instances)
        {
            if (!Instances.TryGetValue(type, out var instance))
            {
                instance = Activator.CreateInstance(type);
                Instances[type] = instance;
            }

            return instance is ISizedBenchmark s ? s.BytesFor(c.Descriptor.WorkloadMethod.Name) : 0;
        }
    }
}
