namespace Clout.Core.Reports;

/// <summary>An influencer to book again (or not), with the reason in plain words.</summary>
public sealed record BookAgainPick(InfluencerUnit Influencer, string Reason);
