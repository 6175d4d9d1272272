using System.Security.Cryptography;
using System.Text;

namespace FactCheck;

/// <summary>Short ids derived from content, so the same input always yields the same ids.</summary>
internal static class StableId
{
    /// <summary>A prefix and 10 hex digits of the SHA-256 of the parts joined by U+001F.</summary>
    public static string From(string prefix, params ReadOnlySpan<string> parts)
    {
        var joined = string.Join('\u001F', parts.ToArray());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return string.Concat(prefix, "-", Convert.ToHexStringLower(hash.AsSpan(0, 5)));
    }
}
