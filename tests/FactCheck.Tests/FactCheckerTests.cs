using FactCheck.Ingestion;

namespace FactCheck.Tests;

public class FactCheckerTests
{
    [Test]
    public void Check_NoDocuments_ThrowsInputExceptionSayingSo()
    {
        var act = () => FactChecker.CreateDefault().Check([]);
        act.Should().Throw<FactCheckInputException>().WithMessage("*No documents*");
    }

    [Test]
    public void Check_DuplicateIds_ThrowsInputExceptionNamingTheId()
    {
        var docs = new[] { new SourceDocument("a", "One text."), new SourceDocument("a", "Another text.") };
        var act = () => FactChecker.CreateDefault().Check(docs);
        act.Should().Throw<FactCheckInputException>().WithMessage("*'a'*unique*")
            .Which.DocumentId.Should().Be("a");
    }

    [Test]
    public void Check_WhitespaceOnlyText_ThrowsInputExceptionNamingTheDocument()
    {
        var act = () => FactChecker.CreateDefault().Check([new SourceDocument("blank", "  \n\t ")]);
        act.Should().Throw<FactCheckInputException>().WithMessage("*'blank'*no text*");
    }

    [Test]
    public void Check_DocumentOverLengthLimit_ThrowsNamingTheLimit()
    {
        var checker = new FactCheckerBuilder().Configure(o => o.MaxDocumentLength = 10).Build();
        var act = () => checker.Check([new SourceDocument("long", "This text is longer than ten characters.")]);
        act.Should().Throw<FactCheckInputException>().WithMessage("*MaxDocumentLength*");
    }

    [Test]
    public void Build_InvalidOption_ThrowsNamingTheOption()
    {
        var act = () => new FactCheckerBuilder().Configure(o => o.MaxDocuments = 0).Build();
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDocuments*");
    }

    [Test]
    public void Check_DocumentsInAnyOrder_ReportsThemOrderedById()
    {
        var docs = new[] { new SourceDocument("b", "Second story."), new SourceDocument("a", "First story.") };
        var report = FactChecker.CreateDefault().Check(docs);
        report.Documents.Select(d => d.Id).Should().Equal("a", "b");
    }

    [Test]
    public void Check_CancelledToken_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => FactChecker.CreateDefault().Check([new SourceDocument("a", "Text.")], cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
