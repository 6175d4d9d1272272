using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FactCheck;

/// <summary>
/// Limits and knobs of the whole pipeline. Validated once, when the checker is built
/// (<see cref="FactCheckerBuilder.Build"/>); the built checker keeps its own copy. Every option can also be read from
/// configuration: see <see cref="FactCheckerBuilder.Configure(IConfiguration)"/>.
/// </summary>
public sealed class FactCheckOptions
{
    /// <summary>Longest document accepted, in characters. Default: 5,000,000 (about 10 MB of UTF-16). A longer one is rejected with <see cref="FactCheckInputException"/>.</summary>
    public int MaxDocumentLength { get; set; } = DefaultMaxDocumentLength;

    /// <summary>The default of <see cref="MaxDocumentLength"/>; also the longest file <see cref="Ingestion.DocumentLoader"/> reads.</summary>
    internal const int DefaultMaxDocumentLength = 5_000_000;

    /// <summary>Most documents accepted in one check. Default: 20,000.</summary>
    public int MaxDocuments { get; set; } = 20_000;

    /// <summary>How many documents are analyzed at once. Default: <see cref="Environment.ProcessorCount"/>. Output does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Findings with a <see cref="Finding.Confidence"/> below this are left out of the report. From 0 to 1.
    /// Default: 0 (every finding is reported).
    /// </summary>
    public double MinConfidence { get; set; }

    /// <summary>
    /// The finding kinds switched off: the report has no finding of these kinds (the facts, entities and stances
    /// are unchanged). Default: empty (every kind is reported). Add to switch a kind off, remove to switch it back on.
    /// </summary>
    public ISet<FindingKind> DisabledKinds { get; private set; } = new HashSet<FindingKind>();

    /// <summary>Whether findings of <paramref name="kind"/> are reported (not in <see cref="DisabledKinds"/>).</summary>
    public bool IsEnabled(FindingKind kind) => !DisabledKinds.Contains(kind);

    /// <summary>Whether the finding passes the kind switches and <see cref="MinConfidence"/>.</summary>
    internal bool Reports(Finding finding) => IsEnabled(finding.Kind) && finding.Confidence >= MinConfidence;

    /// <summary>Copies the options, so a built checker is not affected by later changes.</summary>
    internal FactCheckOptions Clone()
    {
        var copy = (FactCheckOptions)MemberwiseClone();
        copy.DisabledKinds = new HashSet<FindingKind>(DisabledKinds);
        return copy;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option and its valid range.</summary>
    internal void Validate()
    {
        Check(MaxDocumentLength >= 1, nameof(MaxDocumentLength), MaxDocumentLength, "at least 1");
        Check(MaxDocuments >= 1, nameof(MaxDocuments), MaxDocuments, "at least 1");
        Check(MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "at least 1");
        Check(MinConfidence is >= 0 and <= 1, nameof(MinConfidence), MinConfidence, "from 0 to 1");
        foreach (var kind in DisabledKinds)
        {
            Check(Enum.IsDefined(kind), nameof(DisabledKinds), kind, "finding kinds (" + KindNames + ")");
        }
    }

    /// <summary>
    /// Sets the options found in <paramref name="section"/>: <c>MaxDocumentLength</c>, <c>MaxDocuments</c>,
    /// <c>MaxDegreeOfParallelism</c>, <c>MinConfidence</c>, and <c>Kinds</c> with one true/false switch per finding
    /// kind (schema name such as <c>quote-wording</c>, or the enum name). Options absent from the section keep their
    /// value. An unknown key or a value that does not parse throws <see cref="ArgumentException"/> naming the key.
    /// </summary>
    internal void Bind(IConfiguration section)
    {
        foreach (var child in section.GetChildren())
        {
            var path = child.Path;
            switch (child.Key.ToUpperInvariant())
            {
                case "MAXDOCUMENTLENGTH":
                    MaxDocumentLength = Int(child, path);
                    break;
                case "MAXDOCUMENTS":
                    MaxDocuments = Int(child, path);
                    break;
                case "MAXDEGREEOFPARALLELISM":
                    MaxDegreeOfParallelism = Int(child, path);
                    break;
                case "MINCONFIDENCE":
                    MinConfidence = Double(child, path);
                    break;
                case "KINDS":
                    BindKinds(child);
                    break;
                default:
                    throw new ArgumentException(
                        $"Configuration key '{path}' is not a FactCheck option. Options: MaxDocumentLength, MaxDocuments, MaxDegreeOfParallelism, MinConfidence, Kinds.");
            }
        }
    }

    private void BindKinds(IConfigurationSection kinds)
    {
        foreach (var child in kinds.GetChildren())
        {
            var path = child.Path;
            var kind = ParseKind(child.Key)
                ?? throw new ArgumentException($"Configuration key '{path}' is not a finding kind. Kinds: {KindNames}.");
            var value = child.Value;
            if (!bool.TryParse(value, out var enabled))
            {
                throw new ArgumentException($"Configuration value '{path}' = '{value}' is not true or false (true reports the kind, false leaves it out).");
            }

            if (enabled)
            {
                DisabledKinds.Remove(kind);
            }
            else
            {
                DisabledKinds.Add(kind);
            }
        }
    }

    /// <summary>The schema names of every finding kind, comma-separated, for messages.</summary>
    private static string KindNames => string.Join(", ", Enum.GetValues<FindingKind>().Select(Reporting.ReportView.Name));

    private static FindingKind? ParseKind(string name)
    {
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            if (string.Equals(name, Reporting.ReportView.Name(kind), StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, kind.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static int Int(IConfigurationSection child, string path)
    {
        var value = child.Value;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"Configuration value '{path}' = '{value}' is not a whole number.");
    }

    private static double Double(IConfigurationSection child, string path)
    {
        var value = child.Value;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ArgumentException($"Configuration value '{path}' = '{value}' is not a number (use a full stop for decimals, e.g. 0.5).");
    }

    private static void Check<T>(bool valid, string name, T value, string range)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"FactCheckOptions.{name} must be {range}; it is {value}."));
        }
    }
}
