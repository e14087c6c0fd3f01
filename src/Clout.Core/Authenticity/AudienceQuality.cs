using System.Globalization;
using Clout.Core.Statistics;

namespace Clout.Core.Authenticity;

/// <summary>
/// The Audience Quality Score: 100 minus the points each finding takes off, floored at 0. Points are additive so the
/// reasons add up to the score a marketer sees, and each weight is a named constant (docs/authenticity.md says why).
/// </summary>
public static class AudienceQuality
{
    /// <summary>
    /// Fake shares up to 5 % cost nothing: every audience has some abandoned and bot accounts, and SRF Data's
    /// hand-labelled followers of ordinary Swiss influencers were 10 % fake.
    /// </summary>
    public const double TolerableFakeShare = 0.05;

    /// <summary>Points per fake share above the tolerance: 50 % fakes cost 54 points, enough on its own to fall below 50.</summary>
    public const double PointsPerFakeShare = 120;

    /// <summary>The most the fake share can take off: the rest is left for what engagement anomalies show.</summary>
    public const double MaxFakeSharePoints = 60;

    /// <param name="fakeShare">The latest follower audit's fake share, or null when the account was never audited.</param>
    public static AudienceQualityScore Score(Estimate? fakeShare, IReadOnlyList<EngagementAnomaly> anomalies)
    {
        ArgumentNullException.ThrowIfNull(anomalies);
        var reasons = new List<QualityReason>();
        if (fakeShare is null)
        {
            reasons.Add(new QualityReason("fake_share", "No follower sample was audited, so the share of fake followers is unknown and not counted.", 0));
        }
        else
        {
            reasons.Add(FakeShareReason(fakeShare));
        }
        reasons.AddRange(anomalies.Select(a => new QualityReason(a.Rule, a.Text, Math.Round(a.Points, 1))));
        var score = 100 - reasons.Sum(r => r.Points);
        return new AudienceQualityScore((int)Math.Round(Math.Clamp(score, 0, 100)), reasons);
    }

    private static QualityReason FakeShareReason(Estimate share)
    {
        var points = Math.Min(MaxFakeSharePoints, Math.Max(0, share.Value - TolerableFakeShare) * PointsPerFakeShare);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{share.Value:P0} of {share.N:N0} sampled followers look fake (95 % interval {share.Low:P0}–{share.High:P0})");
        text += points > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; up to {TolerableFakeShare:P0} is normal.")
            : "; that is within what any audience has.";
        return new QualityReason("fake_share", text, Math.Round(points, 1));
    }
}
