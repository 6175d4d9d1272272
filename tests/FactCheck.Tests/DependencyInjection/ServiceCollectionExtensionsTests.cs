using FactCheck.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FactCheck.Tests.DependencyInjection;

public class ServiceCollectionExtensionsTests
{
    private static readonly SourceDocument[] Docs =
    [
        new("a", "The harbour board met on Monday."),
        new("b", "The harbour board met on Tuesday."),
    ];

    [Test]
    public void AddFactCheck_Resolved_IsOneSingletonThatLogsThroughTheContainer()
    {
        var services = new ServiceCollection().AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug)).AddFactCheck();
        using var provider = services.BuildServiceProvider();

        var checker = provider.GetRequiredService<FactChecker>();
        provider.GetRequiredService<FactChecker>().Should().BeSameAs(checker);
        checker.Check(Docs).Documents.Should().HaveCount(2);

        var logs = provider.GetRequiredService<FakeLogCollector>().GetSnapshot();
        logs.Should().Contain(r => r.Category == typeof(FactChecker).FullName && r.Message.Contains("Checking 2 documents"));
    }

    [Test]
    public void AddFactCheck_Configure_IsAppliedToTheBuilder()
    {
        using var provider = new ServiceCollection().AddFactCheck(b => b.Configure(o => o.MaxDocuments = 1)).BuildServiceProvider();
        var act = () => provider.GetRequiredService<FactChecker>().Check(Docs);
        act.Should().Throw<FactCheckInputException>().WithMessage("*MaxDocuments*");
    }

    [Test]
    public void AddFactCheck_InvalidOptions_FailOnResolution()
    {
        using var provider = new ServiceCollection().AddFactCheck(b => b.Configure(o => o.MaxDegreeOfParallelism = 0)).BuildServiceProvider();
        var act = () => provider.GetRequiredService<FactChecker>();
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDegreeOfParallelism*");
    }

    [Test]
    public void AddFactCheck_WithoutLogging_StillResolves()
    {
        using var provider = new ServiceCollection().AddFactCheck().BuildServiceProvider();
        provider.GetRequiredService<FactChecker>().Check(Docs).Documents.Should().HaveCount(2);
    }
}
