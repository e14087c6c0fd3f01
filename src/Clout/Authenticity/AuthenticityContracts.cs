using Clout.Core.Authenticity;

namespace Clout.Authenticity;

/// <summary>An audit as `clout audit` prints it and `POST /api/v1/audits` answers (snake_case, shares as fractions).</summary>
public sealed record AuditResponse(
    string? Influencer,
    int SampleSize,
    int FakeCount,
    double FakeShare,
    double[] FakeShareCi,
    int SampleNeededForFivePoints,
    int QualityScore,
    IReadOnlyList<ReasonResponse> Reasons,
    string Model,
    IReadOnlyList<AuditRowResponse>? Rows)
{
    public static AuditResponse Of(string? influencer, FakeShareEstimate audit, AudienceQualityScore quality, double threshold, bool withRows) => new(
        influencer,
        audit.SampleSize,
        audit.FakeCount,
        audit.Share.Value,
        [audit.Share.Low ?? 0, audit.Share.High ?? 1],
        audit.SampleNeededForFivePoints,
        quality.Score,
        [.. quality.Reasons.Select(ReasonResponse.Of)],
        audit.ModelSource,
        withRows ? [.. audit.Probabilities.Select((p, i) => new AuditRowResponse(i + 1, Math.Round(p, 4), p >= threshold))] : null);
}

/// <summary>One reason and the points it took off the score.</summary>
public sealed record ReasonResponse(string Code, string Text, double Points)
{
    public static ReasonResponse Of(QualityReason reason) => new(reason.Code, reason.Text, reason.Points);
}

/// <summary>One sampled profile: its position in the sample (1-based), P(fake), and the verdict at the model's threshold.</summary>
public sealed record AuditRowResponse(int Row, double FakeProbability, bool Fake);

/// <summary>An influencer's Audience Quality Score with its reasons, and the latest follower audit if there is one.</summary>
public sealed record QualityResponse(long InfluencerId, string Handle, string Tier, int QualityScore, IReadOnlyList<ReasonResponse> Reasons,
    double? FakeShare, double[]? FakeShareCi, int? SampleSize, DateTime? AuditedAtUtc, double? QualityAdjustedReach)
{
    public static QualityResponse Of(Storage.Authenticity.InfluencerAuthenticity a) => new(
        a.InfluencerId, a.Handle, Core.Roster.TierNames.ToName(a.Tier), a.Quality.Score, [.. a.Quality.Reasons.Select(ReasonResponse.Of)],
        a.LatestAudit?.FakeShare.Value,
        a.LatestAudit is { } audit ? [audit.FakeShare.Low ?? 0, audit.FakeShare.High ?? 1] : null,
        a.LatestAudit?.FakeShare.N,
        a.LatestAudit?.CreatedAtUtc,
        a.QualityAdjustedReach);
}

/// <summary>One profile of the sample, for the OpenAPI document; the endpoint reads it with the file import's rules.</summary>
public sealed record FollowerProfileDocument(long Followers, long Following, long MediaCount, string? Username,
    int? BiographyLength, bool? HasProfilePic, bool? IsPrivate, bool? HasExternalUrl);
