namespace FactCheck;

/// <summary>Limits and knobs of the whole pipeline. Validated once, when the checker is built.</summary>
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

    /// <summary>Copies the options, so a built checker is not affected by later changes.</summary>
    internal FactCheckOptions Clone() => (FactCheckOptions)MemberwiseClone();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDocumentLength, 1, nameof(MaxDocumentLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDocuments, 1, nameof(MaxDocuments));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
    }
}
