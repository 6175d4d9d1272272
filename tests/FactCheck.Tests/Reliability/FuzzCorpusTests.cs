using FactCheck.Fuzzing;

namespace FactCheck.Tests.Reliability;

/// <summary>The CI smoke of the fuzzing harness: every saved corpus input (including past crashes) through every target.</summary>
public class FuzzCorpusTests
{
    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Test]
    public void Smoke_SavedCorpus_RaisesOnlyDocumentedExceptions()
    {
        Directory.GetFiles(CorpusDirectory).Should().NotBeEmpty("the corpus is copied beside the tests");
        var failures = Harness.Smoke(CorpusDirectory, TimeSpan.FromSeconds(30));
        failures.Should().BeEmpty();
    }

    [Test]
    public void Harness_UntypedException_IsReportedAsFailure()
    {
        // The harness must not swallow bugs: an IndexOutOfRange in a target is a failure, a typed rejection is not.
        Harness.RunOne(data => _ = data[5], [1], TimeSpan.FromSeconds(5))
            .Should().StartWith("System.IndexOutOfRangeException");
        Harness.RunOne(_ => throw new FactCheckInputException("bad input"), [1], TimeSpan.FromSeconds(5)).Should().BeNull();
    }

    [Test]
    public void Harness_Hang_IsReportedAsFailure()
    {
        using var release = new ManualResetEventSlim();
        Harness.RunOne(_ => release.Wait(TimeSpan.FromSeconds(30)), [1], TimeSpan.FromMilliseconds(200))
            .Should().StartWith("hang");
        release.Set();
    }
}
