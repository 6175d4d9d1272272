namespace FactCheck;

/// <summary>
/// Input the checker cannot use: a missing or unreadable file, a binary file, an empty text, duplicate
/// ids, a malformed manifest, a document over the length limit. The message names the document or path
/// and the problem.
/// </summary>
public sealed class FactCheckInputException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public FactCheckInputException()
        : this("The input cannot be checked.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public FactCheckInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public FactCheckInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the offending document or path.</summary>
    public FactCheckInputException(string message, string? documentId, string? path, Exception? innerException = null)
        : base(message, innerException)
    {
        DocumentId = documentId;
        Path = path;
    }

    /// <summary>Id of the offending document, when known.</summary>
    public string? DocumentId { get; }

    /// <summary>The offending file or folder, when known.</summary>
    public string? Path { get; }
}
