namespace Clout.Storage.Model;

/// <summary>
/// One respondent's answers to one version, as JSON. Unique on (survey, respondent, wave): a respondent answers a
/// survey once (wave 1), or once per wave when it repeats, however many requests race.
/// </summary>
public sealed class SurveyResponse : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long SurveyId { get; set; }
    public int Version { get; set; }

    /// <summary>SHA-256 of the widget's respondent id, or the daily-salted hash of address and user agent; never the raw value.</summary>
    public required string RespondentHash { get; set; }

    /// <summary>1 for a first answer; 2, 3… for answers to a repeating survey.</summary>
    public int Wave { get; set; }

    /// <summary>The shop's order id, in post-purchase mode.</summary>
    public string? OrderId { get; set; }

    /// <summary>The influencer the response is about: a roster option, or "other" text matched to the roster.</summary>
    public long? InfluencerId { get; set; }

    /// <summary>1 for a roster option; the match's confidence for "other" text.</summary>
    public double? MatchConfidence { get; set; }

    public required string AnswersJson { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
