using FactCheck.Claims;

namespace FactCheck.Tests.Claims;

public class DemandWordingTests
{
    [TestCase("resign", "Lena Varga", "Lena Varga's resignation")]
    [TestCase("recuse", "Tomas Reyes", "Tomas Reyes' recusal")]
    [TestCase("resign", null, "a resignation")]
    [TestCase("independent-commission", null, "an independent commission")]
    [TestCase("special-counsel", null, "a special counsel")]
    [TestCase("investigation", "Lena Varga", "an investigation concerning Lena Varga")]
    [TestCase("testify", "Ada Finch", "Ada Finch's testimony")]
    [TestCase("early-vote", null, "early vote")]
    public void Phrase_DemandValue_ReadsAsEnglish(string demand, string? addressee, string expected)
    {
        DemandWording.Phrase(demand, addressee).Should().Be(expected);
    }

    [Test]
    public void List_TwoPersonalDemandsAndOneOther_NamesTheAddresseeOnce()
    {
        DemandWording.List(["recuse", "resign", "investigation"], "Lena Varga")
            .Should().Be("Lena Varga's recusal and resignation, and an investigation concerning Lena Varga");
    }

    [Test]
    public void List_NoAddressee_UsesArticles()
    {
        DemandWording.List(["recuse", "resign"]).Should().Be("a recusal and a resignation");
    }
}
