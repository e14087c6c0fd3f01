using Clout.Core.Roster;

namespace Clout.Core.Reports;

/// <summary>
/// Which influencers the leaderboard shows and in what order: a tier, a platform, text in the handle or name, and the
/// column to sort on (<see cref="InfluencerLeaderboard.SortColumns"/>).
/// </summary>
public sealed record LeaderboardQuery(Tier? Tier = null, Platform? Platform = null, string? Search = null, string Sort = InfluencerLeaderboard.DefaultSort, bool Descending = false);
