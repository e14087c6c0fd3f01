namespace Clout.Storage.Model;

/// <summary>
/// One respondent's answers to one version, as JSON. Unique on (survey, respondent, wave): a respondent answers a
/// survey once (wave 1), or once per wave when it repeats, however many requests race; and unique on the verified
/// order id: one answer per order may credit it.
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

    /// <summary>The shop's order id the answer named, in post-purchase mode, proven or not: exported; only <see cref="VerifiedOrderId"/> credits.</summary>
    public string? OrderId { get; set; }

    /// <summary>
    /// The order id when the answer carried its order token: the one answer that may credit that order (unique per
    /// workspace). Null for an answer without proof, which still counts for trust and NPS.
    /// </summary>
    public string? VerifiedOrderId { get; set; }

    /// <summary>
    /// With <see cref="VerifiedOrderId"/>: the latest time the order may reach Clout and still be credited by this answer
    /// (the answer's arrival plus the server's order-proof window); an order stored before the answer is credited at once.
    /// </summary>
    public DateTime? OrderDeadlineUtc { get; set; }

    /// <summary>The influencer the response is about: a roster option, or "other" text matched to the roster.</summary>
    public long? InfluencerId { get; set; }

    /// <summary>1 for a roster option; the match's confidence for "other" text.</summary>
    public double? MatchConfidence { get; set; }

    public required string AnswersJson { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
