using Clout.Core.Comments;
using Clout.Storage.Campaigns;
using Clout.Storage.Engagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Comments;

/// <summary>
/// The comments explorer: one influencer's or one campaign's comments, filtered by flag, each with the cues that
/// explain its flags highlighted. Cue places come from scoring the stored text again (microseconds per comment);
/// the flags shown are the stored ones, which the import scored with the whole file in view (duplicates).
/// </summary>
public sealed class IndexModel(CommentExplorerQuery query, CampaignStore campaigns) : PageModel
{
    public long? InfluencerId { get; private set; }

    public long? CampaignId { get; private set; }

    /// <summary>"@handle" or the campaign's name: what the page is about.</summary>
    public string Subject { get; private set; } = "";

    public string BackLink { get; private set; } = "/";

    public CommentFlag Flag { get; private set; }

    public CommentPage Explorer { get; private set; } = null!;

    public IReadOnlyList<(StoredComment Comment, IReadOnlyList<TextPiece> Pieces)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? influencer, long? campaign, string? flag, CancellationToken cancellationToken)
    {
        if (influencer is null == campaign is null || !CommentFlagNames.TryParse(flag, out var parsed))
        {
            return BadRequest();
        }

        if (influencer is { } influencerId)
        {
            var handle = await query.HandleAsync(influencerId, cancellationToken);
            if (handle is null)
            {
                return NotFound();
            }

            (Subject, BackLink) = ("@" + handle, $"/influencers/{influencerId}");
        }
        else
        {
            var found = await campaigns.FindAsync(campaign!.Value, cancellationToken);
            if (found is null)
            {
                return NotFound();
            }

            (Subject, BackLink) = (found.Name, $"/campaigns/{found.Id}");
        }

        (InfluencerId, CampaignId, Flag) = (influencer, campaign, parsed);
        Explorer = await query.ListAsync(influencer, campaign, parsed, cancellationToken);
        Rows = [.. Explorer.Comments.Select(c => (c, Highlight(c)))];
        return Page();
    }

    public string Link(CommentFlag flag) =>
        (InfluencerId is { } i ? $"/comments?influencer={i}" : $"/comments?campaign={CampaignId}")
        + (flag == CommentFlag.All ? "" : $"&flag={flag.ToName()}");

    private static IReadOnlyList<TextPiece> Highlight(StoredComment comment)
    {
        var score = CommentScorer.Score(comment.Text);
        IEnumerable<(string, Cue)> cues =
        [
            .. comment.IsSkeptical ? score.Skeptical.Cues.Select(c => ("skeptical", c)) : [],
            .. comment.HasIntent ? score.Intent.Cues.Select(c => ("intent", c)) : [],
            .. comment.IsSpam ? score.Spam.Cues.Select(c => ("spam", c)) : [],
        ];
        return CueHighlight.Pieces(comment.Text, cues);
    }
}
