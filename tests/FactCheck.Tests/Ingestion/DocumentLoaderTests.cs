using System.Text;
using FactCheck.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FactCheck.Tests.Ingestion;

public class DocumentLoaderTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "fc-loader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text, bool bom = false)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        return path;
    }

    [Test]
    public void FromText_WithHeader_ReadsMetadataAndBodyStart()
    {
        const string text = "Outlet: Valley Ledger\nDATE: 2021-06-04\nurl: https://example.org/a\nTitle: Bridge reopens\n\nThe bridge reopened on Friday.";
        var doc = DocumentLoader.FromText("a", text);
        doc.Outlet.Should().Be("Valley Ledger");
        doc.Published.Should().Be(new DateOnly(2021, 6, 4));
        doc.PublishedBasis.Should().Be(PublishedBasis.Metadata);
        doc.Url.Should().Be("https://example.org/a");
        doc.Title.Should().Be("Bridge reopens");
        text[doc.BodyStart..].Should().StartWith("The bridge");
        doc.Text.Should().Be(text);
        doc.DatelineCandidate.Should().BeNull();
    }

    [Test]
    public void FromText_HeaderWithWrittenDateAndCrlf_ParsesAndKeepsCrlf()
    {
        const string text = "Published: March 2, 2017\r\nOutlet: Harbor Times\r\n\r\nBody line one.\r\nBody line two.";
        var doc = DocumentLoader.FromText("b", text);
        doc.Published.Should().Be(new DateOnly(2017, 3, 2));
        doc.Outlet.Should().Be("Harbor Times");
        text[doc.BodyStart..].Should().StartWith("Body line one.");
        doc.Text.Should().Contain("\r\n");
    }

    [Test]
    public void FromText_FirstLineWithUnknownKey_IsNotAHeader()
    {
        const string text = "Update: the council voted again.\n\nThe vote was close.";
        var doc = DocumentLoader.FromText("c", text);
        doc.BodyStart.Should().Be(0);
        doc.Outlet.Should().BeNull();
        doc.PublishedBasis.Should().Be(PublishedBasis.None);
    }

    [Test]
    public void FromText_HeaderWithoutBlankLine_IsNotAHeader()
    {
        var doc = DocumentLoader.FromText("c", "Outlet: Harbor Times\nThe vote was close.");
        doc.BodyStart.Should().Be(0);
        doc.Outlet.Should().BeNull();
    }

    [Test]
    public void FromText_CallerMetadata_OverridesHeader()
    {
        var doc = DocumentLoader.FromText("d", "Outlet: Old Name\n\nText.", outlet: "New Name", published: new DateOnly(2020, 1, 2));
        doc.Outlet.Should().Be("New Name");
        doc.Published.Should().Be(new DateOnly(2020, 1, 2));
    }

    [Test]
    public void FromText_BadHeaderDate_ThrowsNamingTheValue()
    {
        var act = () => DocumentLoader.FromText("e", "Date: sometime soon\n\nText.");
        act.Should().Throw<FactCheckInputException>().WithMessage("*'e'*header date 'sometime soon'*");
    }

    [TestCase("Thursday, May 23, 2024 | Archive", "Thursday, May 23, 2024", 2024, 5, 23)]
    [TestCase("March 2, 2017", "March 2, 2017", 2017, 3, 2)]
    [TestCase("Posted Feb. 1, 2017 by staff", "Feb. 1, 2017", 2017, 2, 1)]
    [TestCase("Updated 2017-03-02", "2017-03-02", 2017, 3, 2)]
    [TestCase("Sept. 14, 2019", "Sept. 14, 2019", 2019, 9, 14)]
    public void FromText_DatelineNearTop_IsRecordedAsCandidateWithOffsets(string line, string expected, int y, int m, int d)
    {
        var text = "Headline of the piece\n\n" + line + "\n\nThe story begins here.";
        var doc = DocumentLoader.FromText("f", text);
        doc.DatelineCandidate.Should().NotBeNull();
        var c = doc.DatelineCandidate!;
        c.Value.Should().Be(new DateOnly(y, m, d));
        c.Text.Should().Be(expected);
        text[c.Start..c.End].Should().Be(expected);
        doc.Published.Should().BeNull();
        doc.PublishedBasis.Should().Be(PublishedBasis.None);
    }

    [Test]
    public void FromText_DateDeepInsideLongParagraph_IsNotADateline()
    {
        var text = "The committee, which had met many times over several long and tiring months, finally agreed on March 2, 2017 to act.";
        DocumentLoader.FromText("g", text).DatelineCandidate.Should().BeNull();
    }

    [Test]
    public void FromText_ImpossibleDate_IsNotACandidate()
    {
        DocumentLoader.FromText("g", "February 30, 2017\n\nText.").DatelineCandidate.Should().BeNull();
    }

    [TestCase("")]
    [TestCase(" \n\t ")]
    public void FromText_EmptyText_Throws(string text)
    {
        var act = () => DocumentLoader.FromText("h", text);
        act.Should().Throw<FactCheckInputException>().WithMessage("*'h'*empty or whitespace*");
    }

    [Test]
    public void FromFile_Bom_IsExcludedAndOffsetsIndexTheDecodedText()
    {
        var path = Write("bom-story.txt", "Line one.\r\nLine two.", bom: true);
        var doc = DocumentLoader.FromFile(path);
        doc.Id.Should().Be("bom-story");
        doc.Text.Should().Be("Line one.\r\nLine two.");
        doc.SourcePath.Should().Be(path);
    }

    [Test]
    public void FromFile_Utf16WithBom_IsDecoded()
    {
        var path = Path.Combine(_dir, "wide.txt");
        File.WriteAllBytes(path, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Wide text.")).ToArray());
        DocumentLoader.FromFile(path).Text.Should().Be("Wide text.");
    }

    [Test]
    public void FromFile_Missing_ThrowsNamingThePath()
    {
        var path = Path.Combine(_dir, "nope.txt");
        var act = () => DocumentLoader.FromFile(path);
        act.Should().Throw<FactCheckInputException>().WithMessage($"*{path}*does not exist*").Which.Path.Should().Be(path);
    }

    [Test]
    public void FromFile_NulBytes_ThrowsBinary()
    {
        var path = Path.Combine(_dir, "image.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        var act = () => DocumentLoader.FromFile(path);
        act.Should().Throw<FactCheckInputException>().WithMessage("*image.txt*binary*");
    }

    [Test]
    public void FromFile_InvalidUtf8_ThrowsNotUtf8()
    {
        var path = Path.Combine(_dir, "latin.txt");
        File.WriteAllBytes(path, [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E]);
        var act = () => DocumentLoader.FromFile(path);
        act.Should().Throw<FactCheckInputException>().WithMessage("*latin.txt*not valid UTF-8*");
    }

    [Test]
    public void FromFile_WhitespaceOnly_ThrowsNamingThePath()
    {
        var path = Write("blank.txt", "  \r\n ");
        var act = () => DocumentLoader.FromFile(path);
        act.Should().Throw<FactCheckInputException>().WithMessage("*blank.txt*empty or whitespace*");
    }

    [Test]
    public void FromDirectory_ReadsTxtOrderedByNameAndWarnsAboutOthers()
    {
        Write("b.txt", "Second.");
        Write("a.txt", "First.");
        Write("B2.txt", "Upper.");
        Write("notes.md", "ignored");
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        var logger = new FakeLogger();
        var docs = DocumentLoader.FromDirectory(_dir, logger);
        docs.Select(d => d.Id).Should().Equal("B2", "a", "b");
        var warnings = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        warnings.Should().HaveCount(2);
        warnings.Should().Contain(m => m.Contains("notes.md") && m.Contains("not a .txt"));
        warnings.Should().Contain(m => m.Contains("sub") && m.Contains("folder"));
    }

    [Test]
    public void FromDirectory_NoTxt_Throws()
    {
        Write("readme.md", "x");
        var act = () => DocumentLoader.FromDirectory(_dir);
        act.Should().Throw<FactCheckInputException>().WithMessage($"*{_dir}*no article*");
    }

    [Test]
    public void FromDirectory_Missing_Throws()
    {
        var act = () => DocumentLoader.FromDirectory(Path.Combine(_dir, "gone"));
        act.Should().Throw<FactCheckInputException>().WithMessage("*gone*does not exist*");
    }

    [Test]
    public void FromManifest_TextAndPathEntries_AreRead()
    {
        Write("arts/one.txt", "Outlet: Header Outlet\n\nBody of one.");
        var manifest = Write("m.json", """
            [
              { "id": "one", "outlet": "Manifest Outlet", "published": "2019-04-05", "path": "arts/one.txt" },
              { "id": "two", "title": "Second", "url": "https://example.org/2", "text": "Body of two." }
            ]
            """);
        var docs = DocumentLoader.FromManifest(manifest);
        docs.Should().HaveCount(2);
        docs[0].Outlet.Should().Be("Manifest Outlet");
        docs[0].Published.Should().Be(new DateOnly(2019, 4, 5));
        docs[0].Text.Should().Be("Outlet: Header Outlet\n\nBody of one.");
        docs[0].SourcePath.Should().Be(Path.Combine(_dir, "arts", "one.txt"));
        docs[1].Title.Should().Be("Second");
        docs[1].Text.Should().Be("Body of two.");
    }

    [Test]
    public void FromManifest_PathEscapingFolder_Throws()
    {
        var manifest = Write("m.json", """[{ "id": "x", "path": "../outside.txt" }]""");
        var act = () => DocumentLoader.FromManifest(manifest);
        act.Should().Throw<FactCheckInputException>().WithMessage("*entry #1 (id 'x')*'path'*leaves*");
    }

    [Test]
    public void FromManifest_MissingFile_Throws()
    {
        var manifest = Write("m.json", """[{ "id": "x", "path": "missing.txt" }]""");
        var act = () => DocumentLoader.FromManifest(manifest);
        act.Should().Throw<FactCheckInputException>().WithMessage("*entry #1*'path'*does not exist*");
    }

    [Test]
    public void FromManifest_DuplicateIds_Throws()
    {
        var manifest = Write("m.json", """[{ "id": "x", "text": "One." }, { "id": "x", "text": "Two." }]""");
        var act = () => DocumentLoader.FromManifest(manifest);
        act.Should().Throw<FactCheckInputException>().WithMessage("*'x'*unique*");
    }

    [TestCase("""[{ "outlet": "o", "text": "t" }]""", "*entry #1*'id'*missing*")]
    [TestCase("""[{ "id": "a" }]""", "*entry #1 (id 'a')*exactly one*")]
    [TestCase("""[{ "id": "a", "text": "t", "path": "p.txt" }]""", "*entry #1 (id 'a')*exactly one*")]
    [TestCase("""[{ "id": "a", "text": "t" }, { "id": "b", "text": "u", "published": "tomorrow" }]""", "*entry #2 (id 'b')*'published'*tomorrow*")]
    [TestCase("""[{ "id": "a", "text": 5 }]""", "*line 1, column *: entry #1: field 'text' must be a string*")]
    [TestCase("""[{ "id": "a", "txet": "t" }]""", "*line 1, column *: entry #1 has an unknown field 'txet'; an entry's fields are id, outlet,*")]
    [TestCase("""{ "id": "a" }""", "*line 1, column *: a manifest must be a JSON array*")]
    [TestCase("[{ \"id\": \"a\",\n  \"text\": \"t\" \"u\" }]", "*line 2, column *: it is not valid JSON*")]
    [TestCase("[]", "*lists no articles*")]
    [TestCase("""[{ "id": "a", "text": "  " }]""", "*'a'*empty or whitespace*")]
    public void FromManifest_Malformed_ThrowsNamingEntryAndField(string json, string pattern)
    {
        var manifest = Write("m.json", json);
        var act = () => DocumentLoader.FromManifest(manifest);
        var message = act.Should().Throw<FactCheckInputException>().WithMessage(pattern).Which.Message;
        message.Should().Contain(manifest).And.NotContain("System.").And.NotContain("FactCheck.Ingestion").And.NotContain(".NET")
            .And.NotContain("`1").And.NotContain("LineNumber", "plain words, no serializer internals");
    }

    [Test]
    public void Load_DispatchesOnPathKind()
    {
        Write("a.txt", "First.");
        var manifest = Write("list.json", """[{ "id": "m", "text": "From manifest." }]""");
        DocumentLoader.Load(Path.Combine(_dir, "a.txt")).Single().Id.Should().Be("a");
        DocumentLoader.Load(manifest).Single().Id.Should().Be("m");
        var logger = new FakeLogger();
        DocumentLoader.Load(_dir, logger).Select(d => d.Id).Should().Equal("a");
        logger.Collector.GetSnapshot().Should().ContainSingle(r => r.Message.Contains("list.json"));
    }

    [Test]
    public void Load_Missing_Throws()
    {
        var act = () => DocumentLoader.Load(Path.Combine(_dir, "x"));
        act.Should().Throw<FactCheckInputException>().WithMessage("*does not exist*");
    }

    [Test]
    public void FromDirectory_Seeds_LoadsAllFiveWithDatelineCandidates()
    {
        Support.Seeds.RequireAvailable();
        var docs = DocumentLoader.FromDirectory(Support.Seeds.Directory);
        docs.Should().HaveCount(5);
        docs.Should().OnlyContain(d => d.BodyStart == 0 && d.Text == File.ReadAllText(d.SourcePath!));
        docs[1].DatelineCandidate!.Value.Should().Be(new DateOnly(2017, 3, 2));
        foreach (var d in docs.Where(d => d.DatelineCandidate is not null))
        {
            d.Text[d.DatelineCandidate!.Start..d.DatelineCandidate.End].Should().Be(d.DatelineCandidate.Text);
        }
    }
}
