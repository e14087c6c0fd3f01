using Clout.Core.Statistics;

using Clout.Core.Comments;

namespace Clout.Core.Surveys;

/// <summary>What a survey found: per question, per multi-item construct, and trust/NPS per influencer and per tier.</summary>
public sealed record SurveyResults(
    int Responses,
    IReadOnlyList<QuestionResult> Questions,
    IReadOnlyList<ConstructResult> Constructs,
    IReadOnlyList<GroupResult> ByInfluencer,
    IReadOnlyList<GroupResult> ByTier);

/// <summary>
/// One question's answers. N counts respondents who answered it. Choices: count and share (Wilson 95 %) per option;
/// scales: mean with a t interval; NPS: the score with its interval; open text: the latest answers, verbatim.
/// </summary>
public sealed record QuestionResult(
    string Id,
    string Type,
    string Text,
    int N,
    IReadOnlyList<OptionResult> Options,
    Estimate? Mean,
    Estimate? Nps,
    IReadOnlyList<TextAnswer> Texts);

public sealed record OptionResult(string Id, string Label, int Count, Estimate? Share);

public sealed record TextAnswer(long ResponseId, string Text, DateTime CreatedAtUtc, TextAnswerScore Score);

/// <summary>
/// How the comment scorer reads a free-text answer (Clout.Core.Comments): the sentiment class with its compound score,
/// and the flags that fired (skeptical, intent, spam), so that survey answers read like the comments under posts.
/// </summary>
public sealed record TextAnswerScore(string Sentiment, double Compound, IReadOnlyList<string> Flags)
{
    public static TextAnswerScore Of(string text)
    {
        var score = CommentScorer.Score(text);
        var flags = new List<string>(3);
        if (score.Skeptical.IsSet)
        {
            flags.Add(CommentFlag.Skeptical.ToName());
        }
        if (score.Intent.IsSet)
        {
            flags.Add(CommentFlag.Intent.ToName());
        }
        if (score.Spam.IsSet)
        {
            flags.Add(CommentFlag.Spam.ToName());
        }
        return new TextAnswerScore(score.Sentiment.Label.ToString().ToLowerInvariant(), score.Sentiment.Compound, flags);
    }
}

/// <summary>A multi-item scale: the mean of respondents' scale scores and Cronbach's alpha over its items.</summary>
public sealed record ConstructResult(string Name, int Items, Estimate? Mean, double? Alpha)
{
    /// <summary>The respondents alpha was computed over: those who answered every item.</summary>
    public int AlphaRespondents { get; init; }
}

/// <summary>
/// Trust score (mean of the Ohanian constructs, 1–7) and NPS of the responses about one influencer or one tier, and
/// the mean parasocial (1–5) and authenticity (1–7) scores when the survey asks those scales.
/// </summary>
public sealed record GroupResult(string Key, long? InfluencerId, int Responses, Estimate? TrustScore, Estimate? Nps)
{
    public Estimate? ParasocialScore { get; init; }

    public Estimate? AuthenticityScore { get; init; }
}
