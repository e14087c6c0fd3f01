namespace Clout.Core.Comments;

/// <summary>
/// One token as VADER's rules see it: its lexicon entry, whether it negates, whether it is in capitals;
/// <see cref="Sentiment"/> is filled in by the valence pass and rescaled by the "but" rule.
/// </summary>
internal struct SentimentWord(LexiconEntry entry, bool negates, bool isUpper)
{
    public readonly LexiconEntry Entry = entry;
    public readonly bool Negates = negates;
    public readonly bool IsUpper = isUpper;
    public double Sentiment;

    public readonly RuleWord Rule => Entry.Rule;
}
