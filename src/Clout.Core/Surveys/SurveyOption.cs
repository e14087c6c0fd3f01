namespace Clout.Core.Surveys;

/// <summary>One choice of a single- or multiple-choice question: a stable id (what answers name) and its label.</summary>
public sealed record SurveyOption(string Id, string Label)
{
    /// <summary>The id of the free-text "Other" option a question with allow_other offers.</summary>
    public const string OtherId = "other";

    /// <summary>Prefix of roster options: "inf_12" is influencer 12.</summary>
    public const string InfluencerPrefix = "inf_";

    public static string ForInfluencer(long influencerId) => InfluencerPrefix + influencerId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The influencer id an "inf_&lt;id&gt;" option names, else null.</summary>
    public static long? InfluencerIdOf(string? optionId) =>
        optionId is not null && optionId.StartsWith(InfluencerPrefix, StringComparison.Ordinal)
        && long.TryParse(optionId.AsSpan(InfluencerPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id : null;
}
