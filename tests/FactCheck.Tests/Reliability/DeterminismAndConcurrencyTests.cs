using System.Diagnostics;
using FactCheck.Ingestion;
using FactCheck.Reporting;
using FactCheck.StoryGenerator;
using FactCheck.Text;
using static FactCheck.Tests.Reliability.ReportInvariants;

namespace FactCheck.Tests.Reliability;

/// <summary>Issue 8: input order, threads and cancellation never change or corrupt a report.</summary>
public class DeterminismAndConcurrencyTests
{
    private static readonly FactChecker Checker = FactChecker.CreateDefault();

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    [TestCase(4UL)]
    public void Check_ShuffledInputs_GiveByteIdenticalJson(ulong seed)
    {
        var docs = StoryGenerator.StoryGenerator.Generate(7, seed).Documents.ToList();
        var expected = Serialize(Checker.Check(docs));
        var rng = new SplitMix64(seed * 31);
        for (var round = 0; round < 3; round++)
        {
            rng.Shuffle(docs);
            Serialize(Checker.Check(docs)).Should().Be(expected, $"round {round} only reordered the inputs");
        }
    }

    [Test]
    public void Check_DifferentDegreesOfParallelism_GiveByteIdenticalJson()
    {
        var docs = StoryGenerator.StoryGenerator.Generate(12, 8).Documents;
        var one = new FactCheckerBuilder().Configure(o => o.MaxDegreeOfParallelism = 1).Build();
        var many = new FactCheckerBuilder().Configure(o => o.MaxDegreeOfParallelism = 8).Build();
        Serialize(many.Check(docs)).Should().Be(Serialize(one.Check(docs)));
    }

    [Test]
    public void Check_OneCheckerFromEightThreads_GivesSameReportsAsSequential()
    {
        var stories = Enumerable.Range(1, 4).Select(i => StoryGenerator.StoryGenerator.Generate(6 + i, (ulong)i).Documents).ToArray();
        var sequential = stories.Select(s => Serialize(Checker.Check(s))).ToArray();
        var results = new string[8];
        var errors = new List<Exception>();
        using var barrier = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                results[t] = Serialize(Checker.Check(stories[t % stories.Length]));
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join(TimeSpan.FromSeconds(60)).Should().BeTrue("hang guard"));
        errors.Should().BeEmpty();
        for (var t = 0; t < 8; t++)
        {
            results[t].Should().Be(sequential[t % stories.Length], $"thread {t}");
        }
    }

    [Test]
    public void Check_CancelledAfterCleaning_ThrowsOperationCanceledPromptly()
    {
        using var cts = new CancellationTokenSource();
        var stopwatch = new Stopwatch();
        var checker = new FactCheckerBuilder().UseBoilerplateRemover(new CancelAfter(new BoilerplateRemover(), cts, stopwatch)).Build();
        var docs = StoryGenerator.StoryGenerator.Generate(2000, 6, new StoryOptions { OddShare = 0.05 }).Documents;
        var act = () => Bounded(ct =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, cts.Token);
            return checker.Check(docs, linked.Token);
        });
        act.Should().Throw<OperationCanceledException>();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "cancellation must stop the remaining stages, not run them to the end");
    }

    [Test]
    public void Check_CancelledDuringPerDocumentStage_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var checker = new FactCheckerBuilder().UseSentenceSplitter(new CountingSplitter(new SentenceSplitter(), () =>
        {
            if (Interlocked.Increment(ref seen) == 50)
            {
                cts.Cancel();
            }
        })).Build();
        var docs = StoryGenerator.StoryGenerator.Generate(3000, 7).Documents;
        var act = () => Bounded(_ => checker.Check(docs, cts.Token));
        act.Should().Throw<OperationCanceledException>();
        Volatile.Read(ref seen).Should().BeLessThan(3000, "the per-document loop must stop once cancelled");
    }

    private static string Serialize(ConsistencyReport report) => Canonical(report);

    private sealed class CancelAfter(IBoilerplateRemover inner, CancellationTokenSource cts, Stopwatch stopwatch) : IBoilerplateRemover
    {
        public IReadOnlyList<IReadOnlyList<TextLine>> Clean(IReadOnlyList<SourceDocument> cluster, CancellationToken cancellationToken = default)
        {
            var result = inner.Clean(cluster, cancellationToken);
            cts.Cancel();
            stopwatch.Start();
            return result;
        }
    }

    private sealed class CountingSplitter(ISentenceSplitter inner, Action onCall) : ISentenceSplitter
    {
        public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextSpan> regions)
        {
            onCall();
            return inner.Split(text, regions);
        }
    }
}
