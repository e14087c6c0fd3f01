using Clout.Core.Campaigns;
using Clout.Core.Engagement;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// A posts file split in two: the roster's posts with each one's influencer id, and the posts by authors off the
/// roster, written as user-generated content with their credits.
/// </summary>
internal sealed record PostPlan(List<Numbered<PostRow>> Roster, long[] InfluencerIds, List<Numbered<UgcRow>> Ugc, UgcCredit?[] Credits);
