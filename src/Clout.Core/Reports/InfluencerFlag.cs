namespace Clout.Core.Reports;

/// <summary>One flag on an influencer, with its reason in plain words ("spent €179,200, returned €4,776: ROAS 0.03").</summary>
public sealed record InfluencerFlag(InfluencerFlagKind Kind, string Reason)
{
    /// <summary>The flag as the API and CSV spell it: low_roas, low_audience_quality, skeptical_comments.</summary>
    public string Name => Kind switch
    {
        InfluencerFlagKind.LowRoas => "low_roas",
        InfluencerFlagKind.LowAudienceQuality => "low_audience_quality",
        InfluencerFlagKind.SkepticalComments => "skeptical_comments",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    /// <summary>The flag in two or three words, for a table cell.</summary>
    public string Label => Kind switch
    {
        InfluencerFlagKind.LowRoas => "Loses money",
        InfluencerFlagKind.LowAudienceQuality => "Weak audience",
        InfluencerFlagKind.SkepticalComments => "Doubted",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}
