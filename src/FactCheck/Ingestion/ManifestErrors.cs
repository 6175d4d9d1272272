using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactCheck.Ingestion;

/// <summary>
/// Says what is wrong with a manifest in plain words, with its line and column, instead of the serializer's
/// message (which names .NET types such as <c>List`1[ManifestEntry]</c>).
/// </summary>
internal static partial class ManifestErrors
{
    /// <summary>The fields an entry may have, in the order the documentation lists them.</summary>
    public const string Fields = "id, outlet, published, url, title, text, path";

    /// <summary>", line 3, column 14" (both counted from 1), or empty when the position is unknown.</summary>
    public static string Where(JsonException ex) => ex.LineNumber is { } line
        ? string.Create(CultureInfo.InvariantCulture, $", line {line + 1}{(ex.BytePositionInLine is { } col ? $", column {col + 1}" : string.Empty)}")
        : string.Empty;

    /// <summary>What is wrong, in words a manifest's author understands.</summary>
    public static string Describe(JsonException ex)
    {
        var path = ex.Path ?? string.Empty;
        var entry = EntryPath().Match(path);
        var number = entry.Success ? (int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) : null;
        var field = !entry.Success ? null : entry.Groups[2].Success ? entry.Groups[2].Value : entry.Groups[3].Success ? entry.Groups[3].Value : null;
        var message = ex.Message;

        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return number is null
                ? $"an unknown field; an entry's fields are {Fields}."
                : $"entry #{number} has an unknown field '{field}'; an entry's fields are {Fields}.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            if (number is null)
            {
                return "a manifest must be a JSON array of article objects: [ { \"id\": ..., \"text\": ... }, ... ].";
            }

            return field is null
                ? $"entry #{number} must be an object {{ \"id\": ..., \"text\" or \"path\": ... }}."
                : $"entry #{number}: field '{field}' must be a string in double quotes.";
        }

        // A syntax error: the reader's own sentence is plain; drop its "Path: ... | LineNumber: ..." tail.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var sentence = (cut >= 0 ? message[..cut] : message).Trim();
        return sentence.Contains("System.", StringComparison.Ordinal) || sentence.Length == 0
            ? "it is not valid JSON."
            : "it is not valid JSON: " + sentence;
    }

    [GeneratedRegex(@"^\$\[(\d+)\](?:\.([A-Za-z_][A-Za-z0-9_]*)|\['([^']*)'\])?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EntryPath();
}
