using Clout.Core.Campaigns;
using Clout.Core.Engagement;
using Clout.Core.Roster;

namespace Clout.Core.Demo;

/// <summary>Everything the demo workspace holds, as the same rows an import would bring.</summary>
public sealed record DemoWorkspace(
    IReadOnlyList<InfluencerRow> Influencers,
    IReadOnlyList<FollowerRow> Followers,
    IReadOnlyList<PostRow> Posts,
    IReadOnlyList<CommentRow> Comments,
    IReadOnlyList<CollaborationRow> Collaborations);
