namespace Clout.Core.Comments;

/// <summary>What the scorer knows about one word: its valence, booster scalar, negation and rule role.</summary>
internal readonly record struct LexiconEntry(double Valence, double Booster, RuleWord Rule, bool Negates)
{
    /// <summary>The word has a valence in the lexicon (VADER's "in lexicon" test, which also gates boosters).</summary>
    public bool HasValence => !double.IsNaN(Valence);

    /// <summary>The word is in VADER's booster dictionary (a degree adverb, valence 0 of its own).</summary>
    public bool IsBooster => Booster != 0;

    public static readonly LexiconEntry Unknown = new(double.NaN, 0, RuleWord.None, false);
}
