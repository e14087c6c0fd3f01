using Clout.Core.Comments;

namespace Clout.Comments;

/// <summary>
/// One scored comment as `clout comments score` writes it (a JSON line) and `POST /api/v1/comments/score` answers it:
/// first the fields scripts rely on (text, sentiment, compound, skeptical, intent, spam), then the detail (shares,
/// flag scores, cues with their place in the text for highlighting). Figures are rounded as VADER prints them.
/// </summary>
public sealed record CommentScoreResponse(
    string Text,
    string Sentiment,
    double Compound,
    bool Skeptical,
    bool Intent,
    bool Spam,
    bool CreatorReply,
    double Positive,
    double Neutral,
    double Negative,
    double SkepticalScore,
    double IntentScore,
    double SpamScore,
    IReadOnlyList<CueResponse> Cues,
    bool Truncated)
{
    public static CommentScoreResponse Of(string text, CommentScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var sentiment = score.Sentiment;
        List<CueResponse> cues =
        [
            .. score.Skeptical.Cues.Select(c => CueResponse.Of("skeptical", c)),
            .. score.Intent.Cues.Select(c => CueResponse.Of("intent", c)),
            .. score.Spam.Cues.Select(c => CueResponse.Of("spam", c)),
            .. score.CreatorReply.Cues.Select(c => CueResponse.Of("creator_reply", c)),
        ];
        return new CommentScoreResponse(
            text, sentiment.Label.ToString().ToLowerInvariant(), Math.Round(sentiment.Compound, 4),
            score.Skeptical.IsSet, score.Intent.IsSet, score.Spam.IsSet, score.CreatorReply.IsSet,
            Math.Round(sentiment.Positive, 3), Math.Round(sentiment.Neutral, 3), Math.Round(sentiment.Negative, 3),
            Math.Round(score.Skeptical.Score, 3), Math.Round(score.Intent.Score, 3), Math.Round(score.Spam.Score, 3),
            cues, score.Truncated);
    }
}

/// <summary>A cue that fired: which flag, what (the phrase or rule), where (UTF-16 offset and length; 0, 0 for the whole comment).</summary>
public sealed record CueResponse(string Flag, string Name, int Start, int Length, double Weight)
{
    public static CueResponse Of(string flag, Cue cue) => new(flag, cue.Name, cue.Start, cue.Length, Math.Round(cue.Weight, 3));
}

/// <summary>The body of `POST /api/v1/comments/score`.</summary>
public sealed record ScoreCommentsRequest(IReadOnlyList<CommentToScore>? Comments);

/// <summary>
/// One comment to score. Only <see cref="Text"/> is required; <see cref="PostId"/> lets the batch find the same text
/// under several posts, <see cref="Author"/> with <see cref="CreatorHandle"/> (or <see cref="IsCreatorReply"/>) marks
/// the creator's own replies.
/// </summary>
public sealed record CommentToScore(string? Text, string? PostId, string? Author, string? CreatorHandle, bool? IsCreatorReply);

/// <summary>The answer: one result per comment, in the order sent.</summary>
public sealed record ScoreCommentsResponse(IReadOnlyList<CommentScoreResponse> Results);
