using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Entities;

/// <summary>Default <see cref="IEntityRecognizer"/>. PLACEHOLDER: the real implementation is still to be written.</summary>
public sealed class EntityRecognizer : IEntityRecognizer
{
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="logger">Where to log; no logging by default.</param>
    public EntityRecognizer(ILogger<EntityRecognizer>? logger = null)
    {
        _logger = logger ?? NullLogger<EntityRecognizer>.Instance;
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
