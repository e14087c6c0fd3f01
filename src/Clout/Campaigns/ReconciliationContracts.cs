using Clout.Core.Attribution;
using Clout.Core.Roster;
using Clout.Storage.Campaigns;

namespace Clout.Campaigns;

/// <summary>
/// A campaign's creator, code, link and survey credit side by side. Signal counts overlap (one order can carry all three) and
/// are not to be summed; the won counts are disjoint and add up to the orders credited.
/// </summary>
public sealed record ReconciliationResponse(string Campaign, IReadOnlyList<CollaborationReconciliationResponse> Collaborations);

public sealed record CollaborationReconciliationResponse(
    long CollaborationId,
    string Influencer,
    string Platform,
    string? PromoCode,
    SignalCountsResponse Signals,
    OverlapsResponse Overlaps,
    SignalCountsResponse Won,
    IReadOnlyList<LeakageFlagResponse> Leakage)
{
    public static CollaborationReconciliationResponse Of(CollaborationReconciliation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var s = row.Signals;
        return new(row.CollaborationId, row.InfluencerHandle, row.Platform.ToName(), row.PromoCode,
            new SignalCountsResponse(s.Code, s.Click, s.Survey, s.Creator),
            new OverlapsResponse(s.CodeAndClick, s.CodeAndSurvey, s.ClickAndSurvey, s.AllThree),
            new SignalCountsResponse(s.WonByCode, s.WonByClick, s.WonBySurvey, s.WonByCreator),
            [.. row.Leakage.Select(f => new LeakageFlagResponse(f.OrderId, KindName(f.Kind), f.Reason))]);
    }

    private static string KindName(LeakageKind kind) => kind switch
    {
        LeakageKind.CouponSite => "coupon_site",
        LeakageKind.VolumeSpike => "volume_spike",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>Orders per signal; <see cref="Creator"/>: orders a platform's shop export credited to the creator.</summary>
public sealed record SignalCountsResponse(int Code, int Click, int Survey, int Creator);

public sealed record OverlapsResponse(int CodeAndClick, int CodeAndSurvey, int ClickAndSurvey, int AllThree);

public sealed record LeakageFlagResponse(string OrderId, string Kind, string Reason);
