using System.Buffers;

namespace Clout.Core.Tracking;

/// <summary>The code of a tracking link, the {code} of /r/{code}: letters, digits, '-' and '_'.</summary>
public static class LinkCodes
{
    /// <summary>Longest link code (the size of its column): a longer one cannot exist.</summary>
    public const int MaxLength = 64;

    private static readonly SearchValues<char> Characters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>Whether <paramref name="code"/> could be a link code at all; one that cannot is not worth a lookup.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> code) =>
        code.Length is > 0 and <= MaxLength && !code.ContainsAnyExcept(Characters);
}
