using FactCheck.Languages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Entities;

/// <summary>
/// Default <see cref="IEntityRecognizer"/>: a rule-based recognizer over capitalized spans with embedded
/// gazetteers (countries and demonyms, US states, cities, organizations, titles, given names, common words).
/// </summary>
/// <remarks>
/// <para>Works sentence by sentence (falling back to the kept regions when there are no sentences), in time
/// linear in the text: every token is looked at a bounded number of times and all lookups are hashed.</para>
/// <para>Decisions: group nouns ("Democrats", "the Russians") and demonym adjectives ("Russian officials")
/// yield no mention — they name no single referent; a demonym's country is mentioned only when the country
/// itself is named. Titles and role phrases before a name become the mention's <see cref="EntityMention.Role"/>;
/// the mention itself is the name only (courtesy titles such as "Mr." are left out and are no role). A bare capitalized word with no evidence is typed <see cref="EntityType.Other"/>
/// unless the same document shows it to be a person's surname. Headline-like lines (Title Case) and lines
/// in capitals only yield names already seen in the body of the same document, known places and organizations, and
/// the place of a dateline; rows of tables and ranked lists are read as prose. Named typing steps
/// (<c>TypingRules</c>: dateline, score rows, team and company nouns, "v", match verbs) add sports and company
/// evidence, and one name keeps one type per document (the type with the most evidence).</para>
/// <para>Stateless after construction and safe to use from many threads.</para>
/// </remarks>
public sealed partial class EntityRecognizer : IEntityRecognizer
{
    // One token list per thread, reused sentence after sentence (a headline's tokens are copied, as they are kept).
    [ThreadStatic]
    private static List<NameToken>? t_tokens;

    [ThreadStatic]
    private static List<NameToken>? t_line;

    // Headlines and capitals lines held back until the body is read, and spare token lists to copy them into.
    [ThreadStatic]
    private static List<(List<NameToken> Tokens, bool Row)>? t_headlines;

    [ThreadStatic]
    private static Stack<List<NameToken>>? t_spare;

    /// <summary>At most this many held-back lines (and spare lists) are kept per thread.</summary>
    private const int MaxKeptLines = 256;

    /// <summary>A reused token list that grew past this is dropped after the document.</summary>
    private const int MaxKeptTokens = 4096;

    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    /// <param name="language">The word lists to read; default <see cref="LanguagePack.English"/>.</param>
    public EntityRecognizer(ILogger<EntityRecognizer>? logger = null, LanguagePack? language = null)
    {
        _logger = logger ?? NullLogger<EntityRecognizer>.Instance;
        Gazetteer = Gazetteer.For(language ?? LanguagePack.English);
    }

    /// <summary>The words of the checker's language pack.</summary>
    private Gazetteer Gazetteer { get; }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var spans = document.Sentences.Count > 0
            ? document.Sentences.Select(s => new TextSpan(s.Start, s.End))
            : document.Regions;

        var run = new RecognitionRun(document.Id, text, Gazetteer);
        var headlines = t_headlines ??= [];
        var spare = t_spare ??= new Stack<List<NameToken>>();
        headlines.Clear();
        var tokens = t_tokens ??= new List<NameToken>(256);
        var normalizer = SharedNormalizer.ForThisThread;
        foreach (var span in spans)
        {
            var start = Math.Clamp(span.Start, 0, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            NameTokenizer.Tokenize(text, start, end, tokens, normalizer, Gazetteer);
            if (tokens.Count == 0)
            {
                continue;
            }

            // Capitals carry no case evidence: such lines (headlines, datelines, standings) are read like headlines.
            // Rows of a results table or a ranked list are read as prose, whatever their capitals.
            var row = IsRow(tokens);
            var caps = IsCapitalsLine(tokens);
            var headline = !row && IsHeadline(tokens);
            if (headline && !caps && !IsWholeLine(text, start, end))
            {
                // A sentence cut out of a longer line ("2." split from "Jane Roe (Finland) 12.74"): the line decides.
                var (ls, le) = LineAround(text, start, end);
                var line = t_line ??= new List<NameToken>(64);
                NameTokenizer.Tokenize(text, ls, le, line, normalizer, Gazetteer);
                row = IsRow(line);
                headline = !row;
                if (line.Capacity > MaxKeptTokens)
                {
                    t_line = null;
                }
            }

            if (caps || headline)
            {
                // Kept for after the body: copied into a per-thread spare list (no new list per headline or capitals line).
                var copy = spare.Count > 0 ? spare.Pop() : new List<NameToken>(tokens.Count);
                copy.AddRange(tokens);
                headlines.Add((copy, row));
            }
            else
            {
                run.ProcessSentence(tokens, headline: false, row);
            }
        }

        run.Propagate();
        foreach (var (headline, row) in headlines)
        {
            run.ProcessSentence(headline, headline: true, row);
        }

        // The headline lists go back to the spares; a huge or numerous lot is dropped.
        foreach (var (headline, _) in headlines)
        {
            headline.Clear();
            if (headline.Capacity <= MaxKeptTokens && spare.Count < MaxKeptLines)
            {
                spare.Push(headline);
            }
        }

        headlines.Clear();
        if (headlines.Capacity > MaxKeptLines)
        {
            t_headlines = null;
        }

        run.Harmonize();

        // Do not keep a huge sentence's tokens alive on this thread.
        if (tokens.Capacity > MaxKeptTokens)
        {
            t_tokens = null;
        }

        var mentions = run.Build();
        LogRecognized(_logger, document.Id, mentions.Count);
        return mentions;
    }

    /// <summary>Whether only white space separates [start, end) from the line breaks (or text ends) around it.</summary>
    private static bool IsWholeLine(string text, int start, int end)
    {
        for (var k = start - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        for (var k = end; k < text.Length && text[k] != '\n'; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The line holding [start, end), at most a few hundred characters either side.</summary>
    private static (int Start, int End) LineAround(string text, int start, int end)
    {
        var ls = start;
        while (ls > 0 && text[ls - 1] != '\n' && start - ls < 300)
        {
            ls--;
        }

        var le = end;
        while (le < text.Length && text[le] != '\n' && le - end < 300)
        {
            le++;
        }

        return (ls, le);
    }

    /// <summary>A line written in capitals only (more than three letters): a wire headline, a dateline, a standings row.</summary>
    internal static bool IsCapitalsLine(List<NameToken> tokens)
    {
        var letters = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord)
            {
                continue;
            }

            if (!t.IsAllCaps && !(t.IsCap && t.End - t.Start == 1))
            {
                return false;
            }

            letters += t.End - t.Start;
        }

        return letters > 3;
    }

    /// <summary>
    /// A row of a table or ranked list ("3. Jane Roe (Finland) 24.05", "Lakeport 2 Ashgrove 1"): a third or more of the
    /// tokens are numbers, or the line opens with a rank number, or it lists three or more comma-separated names without a verb-like small word.
    /// </summary>
    internal static bool IsRow(List<NameToken> tokens)
    {
        int words = 0, numbers = 0, commas = 0, small = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord)
            {
                words++;
                if (!t.IsCap)
                {
                    small++;
                }
            }
            else if (t.Norm.Length > 0 && char.IsAsciiDigit(t.Norm[0]))
            {
                numbers++;
            }
            else if (t.Punct == ',')
            {
                commas++;
            }
        }

        if (words == 0)
        {
            return false;
        }

        var rank = tokens.Count > 2 && !tokens[0].IsWord && tokens[0].Norm.Length > 0 && char.IsAsciiDigit(tokens[0].Norm[0]) && tokens[1].Punct is '.' or ')' && tokens[2].IsWord;
        return numbers * 3 >= numbers + words || rank || (commas >= 2 && small * 4 <= words);
    }

    /// <summary>Title Case lines without sentence punctuation: headlines, section titles, menus.</summary>
    private bool IsHeadline(List<NameToken> tokens)
    {
        int words = 0, capped = 0, small = 0, smallCapped = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord)
            {
                continue;
            }

            words++;
            if (t.IsCap)
            {
                capped++;
            }

            if (t.Norm.Length <= 4 && Gazetteer.CommonWords.Contains(t.Norm))
            {
                small++;
                if (t.IsCap && !t.Initial)
                {
                    smallCapped++;
                }
            }
        }

        var last = tokens[^1];
        var ended = last.Punct is '.' or '!' or '?' || (last.Punct == '"' && tokens.Count > 1 && tokens[^2].Punct is '.' or '!' or '?' or ',');
        if (words < 3)
        {
            // Two-word lines ("Staff Writer", "General Counsel:") are labels and bylines, not sentences.
            return words > 0 && !ended;
        }

        // Small words ("With", "To") capitalized mid-line, or nearly every word capitalized, mark Title Case.
        return !ended && (smallCapped >= 1 || capped * 10 >= words * 8);
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Recognized {MentionCount} entity mentions in {DocumentId}")]
    private static partial void LogRecognized(ILogger logger, string documentId, int mentionCount);
}
