using System.Diagnostics.Tracing;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// Which types the entity stage allocates (sampled by the runtime's GC AllocationTick event, about one sample per
/// 100 KB): a quick way to find where allocation comes from without a profiler.
/// </summary>
internal static class AllocTypes
{
    public static int Run()
    {
        var state = PipelineState.Build(Corpus.StageStory);
        var s = PipelineState.NewStages();
        void Pass()
        {
            foreach (var d in state.Split)
            {
                _ = s.Recognizer.Recognize(d);
            }
        }

        for (var i = 0; i < 30; i++)
        {
            Pass();
        }

        using var listener = new Listener();
        for (var i = 0; i < 20; i++)
        {
            Pass();
        }

        var total = listener.Bytes.Values.Sum();
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)total:P1}\t{type}"));
        }

        return 0;
    }

    private sealed class Listener : EventListener
    {
        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "GCAllocationTick_V4" && e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true)
            {
                return;
            }

            var name = e.Payload?[e.PayloadNames!.IndexOf("TypeName")]?.ToString() ?? "?";
            var amount = Convert.ToInt64(e.Payload?[e.PayloadNames!.IndexOf("AllocationAmount64")] ?? 0, CultureInfo.InvariantCulture);
            lock (Bytes)
            {
                Bytes[name] = Bytes.GetValueOrDefault(name) + amount;
            }
        }
    }
}
