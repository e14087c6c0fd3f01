namespace Clout.Core.Comments;

/// <summary>
/// The entry point for comments: sentiment (<see cref="SentimentScorer"/>) plus the skeptical, purchase-intent, spam
/// and creator-reply flags with their cues. A text longer than <see cref="MaxLength"/> is scored on its first
/// <see cref="MaxLength"/> characters and marked <see cref="CommentScore.Truncated"/>; no comment platform allows
/// more, and the bound keeps one request from holding a core. Null or empty text is a neutral comment with no flags.
/// </summary>
public static class CommentScorer
{
    /// <summary>Instagram allows 2,200 characters per comment, YouTube 10,000: the longest real comment fits.</summary>
    public const int MaxLength = 10_000;

    public static CommentScore Score(string? text, CommentContext? context = null) =>
        Score(text, context ?? CommentContext.None, duplicates: 0);

    /// <summary>
    /// Scores a set of comments together, which adds the one cue a single comment cannot show: the same text under
    /// several posts (<see cref="DuplicateComments"/>).
    /// </summary>
    public static IReadOnlyList<CommentScore> ScoreBatch(IReadOnlyList<CommentInput> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var copies = DuplicateComments.Count(comments);
        var scores = new CommentScore[comments.Count];
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            scores[i] = Score(comment.Text, comment.Context ?? CommentContext.None, copies[i]);
        }

        return scores;
    }

    private static CommentScore Score(string? text, CommentContext context, int duplicates)
    {
        text ??= "";
        var truncated = text.Length > MaxLength;
        if (truncated)
        {
            // Never cut a surrogate pair in half.
            var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            text = text[..cut];
        }

        var sentiment = SentimentScorer.Score(text);
        var cueText = new CueText(text);

        var skeptical = new List<Cue>();
        SkepticismCues.Phrases.Match(cueText, skeptical);

        var spam = new List<Cue>();
        SpamCues.Phrases.Match(cueText, spam);
        AddWholeTextSpamCues(cueText, duplicates, spam);

        var intent = new List<Cue>();
        PurchaseIntentCues.Phrases.Match(cueText, intent);
        // "would you buy it if they paid you" is doubt, "click the link in my bio" is promotion: not intent.
        intent.RemoveAll(cue => Overlaps(cue, skeptical) || Overlaps(cue, spam));

        // The creator's own replies are never spam: "link in my bio", "use my code" and the same "thank you!" under
        // every post are the creator talking to their audience.
        var creatorReply = CreatorReply(context);
        var spamScore = creatorReply.IsSet ? FlagScore.None : FlagScore.Of(spam);
        // A spam comment is only spam: its "paid" or "link" is the spammer's pitch, not a reader's doubt or wish.
        return new CommentScore(
            sentiment,
            spamScore.IsSet ? FlagScore.None : FlagScore.Of(skeptical),
            spamScore.IsSet ? FlagScore.None : FlagScore.Of(intent),
            spamScore,
            creatorReply,
            truncated);
    }

    private static void AddWholeTextSpamCues(CueText text, int duplicates, List<Cue> spam)
    {
        foreach (var (start, length) in text.Links)
        {
            spam.Add(new Cue("link", start, length, SpamCues.LinkWeight));
        }

        for (var i = 0; i < text.Count; i++)
        {
            if (text.Word(i) is ['@', _, ..])
            {
                var (start, length) = text.Place(i);
                var pointedTo = i > 0 && SpamCues.PointingWords.Contains(text.Word(i - 1).ToString());
                spam.Add(new Cue(pointedTo ? "pointing to another account" : "mention", start, length,
                    pointedTo ? SpamCues.PointedMentionWeight : SpamCues.MentionWeight));
            }
        }

        if (text.LetterOrDigitCount == 0 && text.EmojiCount >= SpamCues.EmojiBurstCount)
        {
            spam.Add(new Cue("emoji-only burst", 0, text.Text.Length, SpamCues.EmojiBurstWeight));
        }

        if (duplicates >= DuplicateComments.MinPosts)
        {
            spam.Add(new Cue($"same text on {duplicates} posts", 0, 0, SpamCues.DuplicateWeight));
        }
    }

    private static bool Overlaps(Cue cue, List<Cue> others)
    {
        foreach (var other in others)
        {
            if (other.Length > 0 && cue.Start < other.Start + other.Length && other.Start < cue.Start + cue.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The creator's own comment: marked so by the platform, or written by the post's creator handle.</summary>
    private static FlagScore CreatorReply(CommentContext context)
    {
        if (context.IsCreatorReply)
        {
            return FlagScore.Of([new Cue("marked as the creator's reply", 0, 0, 1)]);
        }

        return context.Author is { } author && context.CreatorHandle is { } creator
            && Handle(author).Equals(Handle(creator), StringComparison.OrdinalIgnoreCase) && Handle(author).Length > 0
            ? FlagScore.Of([new Cue("written by the creator", 0, 0, 1)])
            : FlagScore.None;
    }

    private static ReadOnlySpan<char> Handle(string handle) => handle.AsSpan().Trim().TrimStart('@');
}
