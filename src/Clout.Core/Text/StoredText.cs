namespace Clout.Core.Text;

/// <summary>
/// The one rule for text Clout stores, at every door and on both databases: Unicode text without NUL. PostgreSQL's
/// text cannot hold U+0000 (SQLite can, so the rule is Clout's, not a database's: a value is refused the same way
/// on both), and half of a surrogate pair has no UTF-8 form at all. A door that is asked to store such a value
/// refuses it, naming the field. A click needs no exception: it keeps only traits and a host name read from what the
/// browser sent, never the text itself.
/// </summary>
public static class StoredText
{
    public const string NulProblem = "contains a NUL character (U+0000), which Clout does not store";

    public const string NotUnicodeProblem = "is not valid Unicode text (a lone surrogate or bytes that are not UTF-8)";

    /// <summary>What is wrong with <paramref name="value"/> as stored text; null when it may be stored.</summary>
    public static string? Problem(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var text = value.AsSpan();
        if (text.Contains('\0'))
        {
            return NulProblem;
        }
        return HasLoneSurrogate(text) ? NotUnicodeProblem : null;
    }

    /// <summary>
    /// The first <paramref name="maxLength"/> characters of <paramref name="value"/>, one fewer when the cut would
    /// split a surrogate pair (an emoji) and leave half of it, which no database can store.
    /// </summary>
    public static string? Cut(string? value, int maxLength)
    {
        if (value is null || value.Length <= maxLength)
        {
            return value;
        }
        return char.IsHighSurrogate(value[maxLength - 1]) && char.IsLowSurrogate(value[maxLength]) ? value[..(maxLength - 1)] : value[..maxLength];
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return false;
        }
        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
