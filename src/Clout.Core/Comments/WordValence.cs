namespace Clout.Core.Comments;

/// <summary>
/// VADER's sentiment_valence for one word: its lexicon valence, then the rules of the three words before it — "no",
/// ALL CAPS, boosters and dampeners, negation, the idioms (<see cref="VaderIdioms"/>) and "least".
/// </summary>
internal static class WordValence
{
    /// <summary>The valence of word <paramref name="i"/>; 0 for a word without one in the lexicon.</summary>
    public static double Of(ReadOnlySpan<SentimentWord> words, int i, bool capsDiffer)
    {
        var word = words[i];
        if (!word.Entry.HasValence)
        {
            return 0;
        }

        var lexical = word.Entry.Valence;
        var valence = lexical;

        // "no" before another lexicon word negates it instead of counting as a negative word itself.
        if (word.Rule == RuleWord.No && i != words.Length - 1 && words[i + 1].Entry.HasValence)
        {
            valence = 0;
        }

        if ((i > 0 && words[i - 1].Rule == RuleWord.No)
            || (i > 1 && words[i - 2].Rule == RuleWord.No)
            || (i > 2 && words[i - 3].Rule == RuleWord.No && words[i - 1].Rule is RuleWord.Or or RuleWord.Nor))
        {
            valence = lexical * VaderRules.NegationScalar;
        }

        if (word.IsUpper && capsDiffer)
        {
            valence += valence > 0 ? VaderRules.CapsIncrease : -VaderRules.CapsIncrease;
        }

        for (var back = 0; back < 3; back++)
        {
            if (i <= back)
            {
                break;
            }

            var before = words[i - back - 1];
            if (before.Entry.HasValence)
            {
                continue;
            }

            var scalar = BoosterScalar(before, valence, capsDiffer);
            if (scalar != 0)
            {
                scalar *= back switch { 1 => VaderRules.SecondWordDamping, 2 => VaderRules.ThirdWordDamping, _ => 1 };
            }

            valence = NegationCheck(valence + scalar, words, back, i);
            if (back == 2)
            {
                valence = VaderIdioms.Apply(valence, words, i);
            }
        }

        return LeastCheck(valence, words, i);
    }

    private static double BoosterScalar(SentimentWord before, double valence, bool capsDiffer)
    {
        if (!before.Entry.IsBooster)
        {
            return 0;
        }

        var scalar = valence < 0 ? -before.Entry.Booster : before.Entry.Booster;
        if (before.IsUpper && capsDiffer)
        {
            scalar += valence > 0 ? VaderRules.CapsIncrease : -VaderRules.CapsIncrease;
        }

        return scalar;
    }

    private static double NegationCheck(double valence, ReadOnlySpan<SentimentWord> words, int back, int i)
    {
        switch (back)
        {
            case 0:
                return words[i - 1].Negates ? valence * VaderRules.NegationScalar : valence;
            case 1:
                if (words[i - 2].Rule == RuleWord.Never && words[i - 1].Rule is RuleWord.So or RuleWord.This)
                {
                    return valence * VaderRules.NeverSoFactor;
                }

                if (words[i - 2].Rule == RuleWord.Without && words[i - 1].Rule == RuleWord.Doubt)
                {
                    return valence;
                }

                return words[i - 2].Negates ? valence * VaderRules.NegationScalar : valence;
            default:
                // As in VADER 3.3: "so"/"this" right before the word also scales by 1.25 here.
                if ((words[i - 3].Rule == RuleWord.Never && words[i - 2].Rule is RuleWord.So or RuleWord.This)
                    || words[i - 1].Rule is RuleWord.So or RuleWord.This)
                {
                    return valence * VaderRules.NeverSoFactor;
                }

                if (words[i - 3].Rule == RuleWord.Without
                    && (words[i - 2].Rule == RuleWord.Doubt || words[i - 1].Rule == RuleWord.Doubt))
                {
                    return valence;
                }

                return words[i - 3].Negates ? valence * VaderRules.NegationScalar : valence;
        }
    }

    private static double LeastCheck(double valence, ReadOnlySpan<SentimentWord> words, int i)
    {
        if (i > 0 && words[i - 1].Rule == RuleWord.Least && !words[i - 1].Entry.HasValence)
        {
            // "at least good" and "very least" do not negate; "least good" does.
            if (i == 1 || (words[i - 2].Rule != RuleWord.At && words[i - 2].Rule != RuleWord.Very))
            {
                return valence * VaderRules.NegationScalar;
            }
        }

        return valence;
    }
}
