using System.Text;
using FactCheck.Ingestion;
using FactCheck.StoryGenerator;

namespace FactCheck.Benchmarks;

/// <summary>The benchmark inputs: generated stories and the pathological documents of issue 8, all deterministic.</summary>
internal static class Corpus
{
    public const int StageArticles = 200;

    private static readonly Lazy<GeneratedStory> StageStoryLazy = new(() => StoryGenerator.StoryGenerator.Generate(StageArticles, 1, new StoryOptions { OddShare = 0.05 }));

    public static GeneratedStory StageStory => StageStoryLazy.Value;

    public static long Utf8(string text) => Encoding.UTF8.GetByteCount(text);

    public static long Utf8(IEnumerable<SourceDocument> docs) => docs.Sum(d => Utf8(d.Text));

    /// <summary>About <paramref name="chars"/> characters of ordinary article bodies, one document.</summary>
    public static string NewsText(int chars)
    {
        var sb = new StringBuilder(chars + 8192);
        for (ulong seed = 1; sb.Length < chars; seed++)
        {
            foreach (var d in StoryGenerator.StoryGenerator.Generate(5, seed, new StoryOptions { Chrome = false }).Documents)
            {
                sb.Append(d.Text.AsSpan(d.BodyStart));
                if (sb.Length >= chars)
                {
                    break;
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>One line of words, no punctuation at all, capitalised words mixed in.</summary>
    public static string LongLine(int chars)
    {
        var rng = new SplitMix64(17);
        var sb = new StringBuilder(chars + 64);
        string[] plain = ["the", "minister", "met", "ambassador", "and", "said", "nothing", "about", "talks", "with", "officials", "on", "march", "twelve"];
        while (sb.Length < chars)
        {
            var w = rng.Chance(0.3) ? rng.Pick(Vocabulary.FamilyNames) : rng.Pick(plain);
            sb.Append(w).Append(' ');
        }

        return sb.ToString(0, chars);
    }

    /// <summary>News text with <paramref name="count"/> opening quote marks that are never closed.</summary>
    public static string UnbalancedQuotes(int count)
    {
        var rng = new SplitMix64(23);
        var sb = new StringBuilder(count * 100);
        var news = NewsText(20_000).Replace("\"", string.Empty, StringComparison.Ordinal)
            .Replace("\u201C", string.Empty, StringComparison.Ordinal).Replace("\u201D", string.Empty, StringComparison.Ordinal);
        var words = news.Split(' ');
        for (var i = 0; i < count; i++)
        {
            sb.Append(rng.Chance(0.5) ? '\u201C' : '"');
            for (var k = rng.Next(4, 16); k > 0; k--)
            {
                sb.Append(rng.Pick(words)).Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>Brackets nested <paramref name="depth"/> deep around a sentence, repeated to about <paramref name="chars"/>.</summary>
    public static string NestedBrackets(int depth, int chars)
    {
        var sb = new StringBuilder(chars + depth * 2 + 256);
        var inner = "Marta Varga said the meeting took place on March 3 (or so aides said) in Denver.";
        while (sb.Length < chars)
        {
            for (var i = 0; i < depth; i++)
            {
                sb.Append(i % 3 == 0 ? '(' : i % 3 == 1 ? '[' : '{');
            }

            sb.Append(inner);
            for (var i = depth - 1; i >= 0; i--)
            {
                sb.Append(i % 3 == 0 ? ')' : i % 3 == 1 ? ']' : '}');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
