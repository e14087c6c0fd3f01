namespace Clout.Core.Comments;

/// <summary>
/// VADER's tokens: split on white space, strip ASCII punctuation from both ends unless that leaves two characters or
/// fewer (so ":)" and ":-(" stay emoticons), look each up once. Beyond VADER, a word the lexicon lacks with a letter
/// repeated three times or more ("goood") is looked up with its letter runs shortened.
/// </summary>
internal static class SentimentTokenizer
{
    /// <summary>A letter repeated this often in a row marks an elongated word ("goood"); English words have at most two.</summary>
    private const int ElongationRun = 3;

    /// <summary>Longer tokens are not de-elongated (no real word is this long; keeps the stack buffer small).</summary>
    private const int MaxElongatedLength = 64;

    /// <summary>The number of tokens <see cref="Split"/> will find: what a long text's word buffer must hold.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    /// <summary>Splits <paramref name="text"/> into <paramref name="words"/> and returns how many it wrote.</summary>
    public static int Split(ReadOnlySpan<char> text, SentimentLexicon lexicon, Span<SentimentWord> words)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var token = text[start..i];
            var stripped = StripPunctuation(token);
            if (stripped.Length > 2)
            {
                token = stripped;
            }

            words[count++] = Classify(token, lexicon);
        }

        return count;
    }

    private static ReadOnlySpan<char> StripPunctuation(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && IsAsciiPunctuation(token[start]))
        {
            start++;
        }

        while (end > start && IsAsciiPunctuation(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>Python's string.punctuation: the 32 printable ASCII symbols.</summary>
    private static bool IsAsciiPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static SentimentWord Classify(ReadOnlySpan<char> token, SentimentLexicon lexicon)
    {
        var entry = lexicon.Find(token);
        if (entry == LexiconEntry.Unknown && token.Length <= MaxElongatedLength && HasRun(token, ElongationRun))
        {
            entry = FindElongated(token, lexicon);
        }

        // VADER's negated(): a negation word, or any word containing "n't".
        var negates = entry.Negates
            || (token.Contains('\'') && token.Contains("n't", StringComparison.OrdinalIgnoreCase));
        return new SentimentWord(entry, negates, IsUpper(token));
    }

    /// <summary>"goood" → "good", "loooove" → "loove" → "love": runs of 3+ shortened to two letters, then to one.</summary>
    private static LexiconEntry FindElongated(ReadOnlySpan<char> token, SentimentLexicon lexicon)
    {
        Span<char> shortened = stackalloc char[MaxElongatedLength];
        for (var keep = 2; keep >= 1; keep--)
        {
            var length = 0;
            var run = 0;
            for (var i = 0; i < token.Length; i++)
            {
                run = i > 0 && char.ToLowerInvariant(token[i]) == char.ToLowerInvariant(token[i - 1]) ? run + 1 : 1;
                if (run <= keep || !char.IsLetter(token[i]))
                {
                    shortened[length++] = token[i];
                }
            }

            var entry = lexicon.Find(shortened[..length]);
            if (entry != LexiconEntry.Unknown)
            {
                return entry;
            }
        }

        return LexiconEntry.Unknown;
    }

    private static bool HasRun(ReadOnlySpan<char> token, int length)
    {
        var run = 1;
        for (var i = 1; i < token.Length; i++)
        {
            run = token[i] == token[i - 1] && char.IsLetter(token[i]) ? run + 1 : 1;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Python's str.isupper(): at least one cased letter and no lower-case one.</summary>
    private static bool IsUpper(ReadOnlySpan<char> token)
    {
        var cased = false;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            cased |= char.IsUpper(c);
        }

        return cased;
    }
}
