using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>Turns an influencer's authenticity into the report's per-metric values; the audit's are absent without one.</summary>
public static class AuthenticityUnits
{
    /// <param name="fakeShare">The latest follower audit's fake share, or null when never audited.</param>
    public static Dictionary<string, double> Values(int qualityScore, Estimate? fakeShare, long followers)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal) { [Metrics.QualityScore.Name] = qualityScore };
        if (fakeShare is not null)
        {
            values[Metrics.FakeShare.Name] = fakeShare.Value;
            // The audience a brand can believe in: followers × (1 − fake share).
            values[Metrics.QualityAdjustedReach.Name] = followers * (1 - fakeShare.Value);
        }
        return values;
    }
}
