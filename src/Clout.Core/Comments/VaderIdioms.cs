namespace Clout.Core.Comments;

/// <summary>
/// VADER's special-case idioms ("the shit", "yeah right", "kiss of death"…, <see cref="VaderRules.Idioms"/>) around a
/// sentiment word, and the two-word dampeners ("kind of") before it.
/// </summary>
internal static class VaderIdioms
{
    /// <summary>The valence of word <paramref name="i"/> (i ≥ 3) once the idioms around it and the dampeners before it apply.</summary>
    public static double Apply(double valence, ReadOnlySpan<SentimentWord> words, int i)
    {
        // The order of VADER's sequences: (i-1,i), (i-2..i), (i-2,i-1), (i-3..i-1), (i-3,i-2); the first match wins.
        ReadOnlySpan<(int Start, int Length)> behind = [(i - 1, 2), (i - 2, 3), (i - 2, 2), (i - 3, 3), (i - 3, 2)];
        foreach (var (start, length) in behind)
        {
            if (Idiom(words.Slice(start, length)) is { } idiom)
            {
                valence = idiom;
                break;
            }
        }

        if (words.Length - 1 > i && Idiom(words.Slice(i, 2)) is { } after)
        {
            valence = after;
        }

        if (words.Length - 1 > i + 1 && Idiom(words.Slice(i, 3)) is { } afterTwo)
        {
            valence = afterTwo;
        }

        // Two-word dampeners ("kind of") among the three words before; three-word n-grams never match a bigram.
        foreach (var (first, second, scalar) in VaderRules.BoosterBigrams)
        {
            if ((words[i - 3].Rule == first && words[i - 2].Rule == second)
                || (words[i - 2].Rule == first && words[i - 1].Rule == second))
            {
                valence += scalar;
            }
        }

        return valence;
    }

    private static double? Idiom(ReadOnlySpan<SentimentWord> sequence)
    {
        if (sequence[0].Rule == RuleWord.None)
        {
            return null;
        }

        foreach (var (idiom, valence) in VaderRules.Idioms)
        {
            if (idiom.Length != sequence.Length)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < idiom.Length && matches; k++)
            {
                matches = sequence[k].Rule == idiom[k];
            }

            if (matches)
            {
                return valence;
            }
        }

        return null;
    }
}
