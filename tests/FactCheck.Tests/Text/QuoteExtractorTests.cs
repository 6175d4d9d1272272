using System.Diagnostics;
using FactCheck.Entities;
using FactCheck.Ingestion;
using FactCheck.Text;

namespace FactCheck.Tests.Text;

public class QuoteExtractorTests
{
    private static AnalyzedDocument Doc(string text) => QuoteScoring.Analyze([new SourceDocument("t", text)])[0];

    private static IReadOnlyList<Quotation> Quotes(string text) => Doc(text).Quotes;

    [Test]
    public void Extract_SaidLowerCaseTitleThenName_SpeakerIsTheName()
    {
        var q = Quotes("\"The count was fair,\" said county elections director Mira Ostrova. \"Nothing was lost.\"");
        q[0].Speaker!.Text.Should().EndWith("Mira Ostrova");
        q[0].Cue.Should().Be("said");
    }

    [Test]
    public void Extract_SaidLoneSurnameFollowedByWho_SpeakerIsTheSurname()
    {
        var q = Quotes("The audit began late. \"The count was fair,\" said Belcourt, who lost the race.");
        q.Single().Speaker!.Text.Should().Be("Belcourt");
    }

    [Test]
    public void Extract_AfterCue_SaidX_And_XSaid()
    {
        var q = Quotes("\"The bridge is safe,\" said Mayor Ana Cole. \"We checked it twice,\" Cole added.");
        q.Select(x => x.Text).Should().Equal("The bridge is safe,", "We checked it twice,");
        q[0].Speaker!.Text.Should().Be("Ana Cole");
        q[0].Cue.Should().Be("said");
        q[1].Speaker!.Text.Should().Be("Cole");
        q[1].Cue.Should().Be("added");
    }

    [Test]
    public void Extract_SaidThatPartialQuoteThenCueInNextSentence_SpeakerIsTheOneBefore()
    {
        var q = Quotes("Mira Ostrova said that the repair had been \u201Cplainly overdue.\u201D The council did not say when Dan Ho would sign it.");
        q.Single().Speaker!.Text.Should().Be("Mira Ostrova");
    }

    [Test]
    public void Extract_RoleWithShortPhraseBeforeVerb_IsAnonymousSpeaker()
    {
        var q = Quotes("\"The pumps were never off,\" an official at the water board said. \"We are fine,\" a source familiar with the talks told reporters.");
        q[0].Speaker!.Text.Should().Be("official");
        q[0].Cue.Should().Be("said");
        q[1].Speaker!.Text.Should().Be("source");
    }

    [Test]
    public void Extract_LongPhraseOrCommaBeforeVerb_IsNotTakenAsSpeakerGap()
    {
        var q = Quotes("\"Nothing changed,\" an official at the old water board on the north side of the river said.");
        q.Single().Speaker.Should().BeNull();
    }

    [Test]
    public void Extract_ToldAndInAStatement_CueKeepsComplement()
    {
        var q = Quotes("\"No comment,\" Rita Lowe told CNN. \"It is over,\" Dan Ho said in a statement.");
        q[0].Cue.Should().Be("told CNN");
        q[1].Cue.Should().Be("said in a statement");
        q[1].Speaker!.Text.Should().Be("Dan Ho");
    }

    [Test]
    public void Extract_BeforeCueWithColonAndAppositive_FindsSubject()
    {
        var q = Quotes("Sen. Mara Olsen of Idaho, the ranking member of the Finance Committee, said: \"We will vote no.\"");
        q.Single().Speaker!.Text.Should().Be("Mara Olsen");
    }

    [Test]
    public void Extract_ColonWithoutVerb_CreditsName()
    {
        var q = Quotes("Olsen: \"Not this year.\"");
        q.Single().Speaker!.Text.Should().Be("Olsen");
        q.Single().Cue.Should().Be(":");
    }

    [Test]
    public void Extract_PartialQuoteInReportedSpeech_CreditsSubjectOfSpeechVerb()
    {
        var q = Quotes("Lena Park told the panel that the plan was \"reckless\" and \"rushed.\"");
        q.Should().HaveCount(2);
        q.Should().OnlyContain(x => x.Speaker != null && x.Speaker.Text == "Lena Park");
    }

    [Test]
    public void Extract_PronounAndRole_ResolvedToNearestName()
    {
        var q = Quotes("Treasurer Hal Boone defended the budget.\n\n\"It balances,\" he said.\n\nThe treasurer added: \"Nobody lost a job.\"");
        q[0].Speaker!.Text.Should().Be("he");
        q[0].Speaker!.ResolvedName.Should().Be("Hal Boone");
        q[1].Speaker!.Text.Should().Be("The treasurer");
        q[1].Speaker!.ResolvedName.Should().Be("Hal Boone");
    }

    [Test]
    public void Extract_DefiniteRole_ResolvedToNameIntroducedWithThatRole()
    {
        var q = Quotes("Mayor Jo Park and spokeswoman Ida Cruz met reporters. Park spoke first.\n\n\"We are ready,\" the spokeswoman said.");
        q.Single().Speaker!.Text.Should().Be("the spokeswoman");
        q.Single().Speaker!.ResolvedName.Should().Be("Ida Cruz");
    }

    [Test]
    public void Extract_AppositiveRoleAfterQuote_CreditsTheName()
    {
        var q = Quotes("\"Boats will run,\" Ines Marr, a spokeswoman for the port, said Friday.");
        q.Single().Speaker!.Text.Should().Be("Ines Marr");
        q.Single().Cue.Should().Be("said");
    }

    [Test]
    public void Extract_AnonymousRole_KeepsRoleTextAndNoResolvedName()
    {
        var q = Quotes("Jo Marsh spoke first. \"It was a mistake,\" a city hall official said.");
        q.Single().Speaker!.Text.Should().Be("city hall official");
        q.Single().Speaker!.ResolvedName.Should().BeNull();
    }

    [Test]
    public void Extract_AccordingTo_CreditsName()
    {
        var q = Quotes("The deal was \"nearly done,\" according to Owen Pike.");
        q.Single().Speaker!.Text.Should().Be("Owen Pike");
        q.Single().Cue.Should().Be("according to");
    }

    [Test]
    public void Extract_TweetedAndWrote_AreCues()
    {
        var q = Quotes("\"Vote today,\" Kim Lee tweeted. \"Lines are short,\" Amal Roy wrote.");
        q[0].Cue.Should().Be("tweeted");
        q[1].Speaker!.Text.Should().Be("Amal Roy");
    }

    [Test]
    public void Extract_QuoteRunningOverParagraphs_PartsShareSpeaker()
    {
        const string text = "Mayor Ana Cole said: \"We will rebuild the pier.\n\n\"And we will do it before summer,\" Cole said.";
        var q = Quotes(text);
        q.Select(x => x.Text).Should().Equal("We will rebuild the pier.", "And we will do it before summer,");
        q.Should().OnlyContain(x => x.Speaker != null && x.Speaker.Text.Contains("Cole"));
    }

    [Test]
    public void Extract_ContinuedQuoteWithCueOnlyInLastPart_SharesThatSpeaker()
    {
        const string text = "\"The first part has no cue.\n\n\"The second part does,\" said Ivo Brandt.";
        var q = Quotes(text);
        q.Should().HaveCount(2);
        q.Should().OnlyContain(x => x.Speaker != null && x.Speaker.Text == "Ivo Brandt");
    }

    [Test]
    public void Extract_SingleQuotesInsideDouble_StayInside()
    {
        var q = Quotes("\"When he said 'I never met them,' it was false, and we're sure,\" Ada Voss said.");
        q.Single().Text.Should().Be("When he said 'I never met them,' it was false, and we're sure,");
        q.Single().Speaker!.Text.Should().Be("Ada Voss");
    }

    [Test]
    public void Extract_CurlyAndMixedQuotes_AreMatched()
    {
        var q = Quotes("\u201CFirst part,\" Ben Tal said. \"Second part.\u201D");
        q.Select(x => x.Text).Should().Equal("First part,", "Second part.");
        q[1].Speaker!.Text.Should().Be("Ben Tal");
    }

    [Test]
    public void Extract_UnbalancedQuote_EndsAtParagraphAndDoesNotSwallowDocument()
    {
        const string text = "He called it \"a joke and left.\n\nThe next paragraph is plain reporting.\n\n\"A real quote,\" said Una Pratt.";
        var q = Quotes(text);
        q.Select(x => x.Text).Should().Equal("a joke and left.", "A real quote,");
        q[1].Speaker!.Text.Should().Be("Una Pratt");
    }

    [Test]
    public void Extract_HugeUnclosedQuote_IsDiscardedAndFast()
    {
        var text = "Intro \"" + string.Concat(Enumerable.Repeat("words without end ", 60_000)) + "\n\n\"Short,\" said Ola Finn.";
        var sw = Stopwatch.StartNew();
        var q = Quotes(text);
        sw.Stop();
        q.Select(x => x.Text).Should().Equal("Short,");
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Test]
    public void Extract_StrayClosingMarks_NeverCrash()
    {
        var rng = new Random(11);
        const string alphabet = "ab Cd. \"\u201C\u201D' said Jo Lee\n,:";
        for (var n = 0; n < 300; n++)
        {
            var text = "x" + new string(Enumerable.Range(0, rng.Next(0, 120)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
            var doc = Doc(text);
            doc.Quotes.Count(q => text.Substring(q.Start, q.End - q.Start) != q.Text).Should().Be(0);
            doc.Quotes.Count(q => q.Speaker != null && text.Substring(q.Speaker.Start, q.Speaker.End - q.Speaker.Start) != q.Speaker.Text).Should().Be(0);
        }
    }

    [Test]
    public void Extract_CrlfText_OffsetsRoundTrip()
    {
        const string text = "Headline\r\n\r\n\"It works,\" said Kai Moss.\r\n\r\n\"Still works,\" Moss added.";
        var doc = Doc(text);
        doc.Quotes.Should().HaveCount(2);
        foreach (var q in doc.Quotes)
        {
            text[q.Start..q.End].Should().Be(q.Text);
            text[q.Speaker!.Start..q.Speaker.End].Should().Be(q.Speaker.Text);
            q.SentenceIndex.Should().BeGreaterThanOrEqualTo(0);
            doc.Sentences[q.SentenceIndex].Text.Should().Contain(q.Text);
        }
    }

    [Test]
    public void Extract_EntityStageMentions_AreUsedForSpeakers()
    {
        const string text = "\"Fine,\" the Zeta Group chief Quill said.";
        var start = text.IndexOf("Quill", StringComparison.Ordinal);
        var doc = new AnalyzedDocument(new SourceDocument("m", text))
        {
            Regions = [new TextSpan(0, text.Length)],
            Sentences = [new Sentence(0, 0, text.Length, text)],
            Mentions = [new EntityMention("m", "Quill", start, start + 5, EntityType.Person)],
        };
        var q = new QuoteExtractor().Extract(doc).Single();
        q.Speaker!.Text.Should().Be("Quill");
        q.SentenceIndex.Should().Be(0);
    }

    [Test]
    public void Extract_QuotedTitleWithoutCue_HasNoSpeaker()
    {
        Quotes("Locals know the old mill as \"the Castle.\"").Single().Speaker.Should().BeNull();
    }

    [Test]
    public void Extract_Seeds_OffsetsRoundTrip()
    {
        Support.Seeds.RequireAvailable();
        foreach (var doc in QuoteScoring.Analyze(Support.Seeds.All()))
        {
            doc.Quotes.Should().NotBeEmpty();
            foreach (var q in doc.Quotes)
            {
                doc.Text[q.Start..q.End].Should().Be(q.Text);
                if (q.Speaker is { } s)
                {
                    doc.Text[s.Start..s.End].Should().Be(s.Text);
                }
            }

            foreach (var s in doc.Sentences)
            {
                doc.Text[s.Start..s.End].Should().Be(s.Text);
            }

            foreach (var l in doc.Lines)
            {
                doc.Text[l.Start..l.End].Should().NotContain("\n");
            }
        }
    }
}

public class TextStagesScaleTests
{
    [Test]
    public void TextStages_MegabyteDocumentsWithManyQuotesOrNoPunctuation_KeepSentencesBoundedAndFindEveryQuote()
    {
        var flat = string.Concat(Enumerable.Repeat("word ", 110_000));
        var quotes = string.Concat(Enumerable.Repeat("\"Fine,\" Ana Lee said. He added: \"Sure.\" Then \"a \u201Cb\" c\u201D d\n", 10_000));
        var docs = QuoteScoring.Analyze([new SourceDocument("flat", flat), new SourceDocument("quotes", quotes)]);
        docs[0].Sentences.Should().OnlyContain(s => s.Text.Length <= SentenceSplitter.MaxSentenceLength);
        docs[0].Sentences.Sum(s => s.Text.Length).Should().BeGreaterThan(flat.Length - 1_000);
        docs[1].Quotes.Should().HaveCountGreaterThan(20_000);
    }
}
