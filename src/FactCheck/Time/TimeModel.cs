using FactCheck.Ingestion;

namespace FactCheck.Time;

/// <summary>The precision of a normalized time value.</summary>
public enum TimeGranularity
{
    /// <summary>A year (<c>2016</c>).</summary>
    Year,
    /// <summary>A quarter or season.</summary>
    Quarter,
    /// <summary>A month (<c>2016-09</c>).</summary>
    Month,
    /// <summary>A week (<c>2017-W09</c>).</summary>
    Week,
    /// <summary>A day (<c>2017-03-01</c>).</summary>
    Day,
    /// <summary>A part of a day (<c>2017-03-01TNI</c>).</summary>
    PartOfDay,
    /// <summary>A clock time (<c>2017-03-01T21:45</c>).</summary>
    Time,
    /// <summary>A duration (<c>P2W</c>).</summary>
    Duration,
    /// <summary>A value that could not be anchored (kept as written).</summary>
    Unknown,
}

/// <summary>A time expression with its normalized TIMEX3-style value.</summary>
/// <param name="Document">Id of the document.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Start">Offset of the expression.</param>
/// <param name="End">Offset one past it.</param>
/// <param name="Value">TIMEX3-style value (<c>2016</c>, <c>2016-09</c>, <c>2017-03-01TNI</c>, <c>P2W</c>), or <c>XXXX</c>-style when unanchored.</param>
/// <param name="Granularity">The value's precision.</param>
public sealed record TimeExpression(string Document, string Text, int Start, int End, string Value, TimeGranularity Granularity)
{
    /// <summary>The TIMEX3 type: a date, a time of day, a duration or a recurring time (set).</summary>
    public TimeExpressionType Type { get; init; } = TimeExpressionTypes.FromValue(Value);
}

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimeExpressionType
{
    /// <summary>A calendar date or period (<c>2016</c>, <c>2016-09</c>, <c>2017-W09</c>, <c>PRESENT_REF</c>).</summary>
    Date,
    /// <summary>A time of day (<c>2017-03-01T21:45</c>, <c>2017-03-01TNI</c>).</summary>
    Time,
    /// <summary>A length of time (<c>P2W</c>).</summary>
    Duration,
    /// <summary>A recurring time (<c>P1W</c> for "every week", <c>XXXX-WXX-4</c> for "each Thursday").</summary>
    Set,
}

/// <summary>The TIMEX3 type a value implies, for expressions that are not sets.</summary>
internal static class TimeExpressionTypes
{
    public static TimeExpressionType FromValue(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return TimeExpressionType.Date;
        }

        if (value[0] == 'P' && !value.StartsWith("PAST_REF", StringComparison.Ordinal) && !value.StartsWith("PRESENT_REF", StringComparison.Ordinal))
        {
            return TimeExpressionType.Duration;
        }

        var t = value.IndexOf('T', StringComparison.Ordinal);
        return t > 0 && value.IndexOf('/', StringComparison.Ordinal) < 0 && t + 1 < value.Length && (char.IsAsciiDigit(value[t + 1]) || value[t + 1] is 'M' or 'A' or 'E' or 'N' or 'D')
            ? TimeExpressionType.Time
            : TimeExpressionType.Date;
    }
}

/// <summary>The publication date a document is anchored on, and how it was decided.</summary>
/// <param name="Value">The date, or null when none could be found or inferred.</param>
/// <param name="Basis">Where it comes from.</param>
/// <param name="Doubted">Whether a supplied or dateline date was rejected because the text contradicts it.</param>
/// <param name="Reason">Why it was doubted or inferred, for the report; null otherwise.</param>
public sealed record PublicationDate(DateOnly? Value, PublishedBasis Basis, bool Doubted, string? Reason = null)
{
    /// <summary>No date known.</summary>
    public static PublicationDate Unknown { get; } = new(null, PublishedBasis.None, false);
}

/// <summary>The time analysis of one document.</summary>
/// <param name="Publication">The anchor date.</param>
/// <param name="Expressions">Its time expressions, ordered by offset.</param>
public sealed record DocumentTime(PublicationDate Publication, IReadOnlyList<TimeExpression> Expressions);

/// <summary>The time analysis of a cluster.</summary>
/// <param name="Documents">One entry per document, in input order.</param>
/// <param name="Findings"><c>publication-date</c> findings for doubted dates.</param>
public sealed record TimeAnalysis(IReadOnlyList<DocumentTime> Documents, IReadOnlyList<Finding> Findings);

/// <summary>Decides each document's publication date and normalizes its time expressions against it.</summary>
public interface ITimeNormalizer
{
    /// <summary>Analyzes the time expressions of every document, using the cluster to infer or doubt publication dates.</summary>
    TimeAnalysis Normalize(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default);
}
