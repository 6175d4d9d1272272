using FactCheck.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Text;

/// <summary>Default <see cref="IBoilerplateRemover"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class BoilerplateRemover : IBoilerplateRemover
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public BoilerplateRemover(ILogger<BoilerplateRemover>? logger = null)
    {
        _logger = logger ?? NullLogger<BoilerplateRemover>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<TextLine>> Clean(IReadOnlyList<SourceDocument> cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.Select(d => (IReadOnlyList<TextLine>)SplitLines(d.Text, d.BodyStart)).ToArray();
    }

    private static List<TextLine> SplitLines(string text, int bodyStart)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                var blank = string.IsNullOrWhiteSpace(text[start..i]);
                lines.Add(new TextLine(start, i, !blank && start >= bodyStart, blank ? "blank" : "kept"));
                if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
