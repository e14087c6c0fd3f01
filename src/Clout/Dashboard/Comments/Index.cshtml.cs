using Clout.Core.Comments;
using Clout.Storage.Campaigns;
using Clout.Storage.Engagement;
using Clout.Storage.Model;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Comments;

/// <summary>
/// The comments explorer: the workspace's, one influencer's or one campaign's comments, searched and filtered by flag
/// and sentiment, fifty a page, each with the cues that explain its flags highlighted. Every filter is in the URL, so
/// a view can be shared or bookmarked. Cue places come from scoring the stored text again (microseconds per comment);
/// the flags shown are the stored ones, which the import scored with the whole file in view (duplicates).
/// </summary>
public sealed class IndexModel(CommentExplorerQuery query, CampaignStore campaigns, WorkspaceScope scope) : PageModel
{
    public long? InfluencerId { get; private set; }

    public long? CampaignId { get; private set; }

    /// <summary>"@handle", the campaign's name or the workspace's: what the page is about.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The influencer's or campaign's page; null for the whole workspace.</summary>
    public string? BackLink { get; private set; }

    public CommentFlag Flag { get; private set; }

    public SentimentLabel? Sentiment { get; private set; }

    public string? Search { get; private set; }

    public CommentPage Explorer { get; private set; } = null!;

    public IReadOnlyList<(StoredComment Comment, IReadOnlyList<TextPiece> Pieces)> Rows { get; private set; } = [];

    // "page" comes from the query string only: Razor Pages also has a route value of that name (the page's path).
    public async Task<IActionResult> OnGetAsync(long? influencer, long? campaign, string? flag, string? sentiment, string? q,
        [FromQuery(Name = "page")] string? pageText, CancellationToken cancellationToken)
    {
        if (influencer is not null && campaign is not null || !CommentFlagNames.TryParse(flag, out var parsed)
            || !TryParseSentiment(sentiment, out var parsedSentiment) || !TryParsePage(pageText, out var pageNumber))
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
        else if (campaign is { } campaignId)
        {
            var found = await campaigns.FindAsync(campaignId, cancellationToken);
            if (found is null)
            {
                return NotFound();
            }

            (Subject, BackLink) = (found.Name, $"/campaigns/{found.Id}");
        }
        else
        {
            Subject = scope.WorkspaceName ?? "";
        }

        (InfluencerId, CampaignId, Flag, Sentiment, Search) = (influencer, campaign, parsed, parsedSentiment, string.IsNullOrWhiteSpace(q) ? null : q.Trim());
        Explorer = await query.ListAsync(
            new CommentSearch(influencer, campaign, parsed) { Sentiment = parsedSentiment, Text = Search, Page = pageNumber }, cancellationToken);
        Rows = [.. Explorer.Comments.Select(c => (c, Highlight(c)))];
        return Page();
    }

    /// <summary>This view's URL on another page, every filter kept.</summary>
    public string PageLink(int page)
    {
        var query = new QueryBuilder();
        Add(query, "influencer", InfluencerId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "campaign", CampaignId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(query, "q", Search);
        Add(query, "flag", Flag == CommentFlag.All ? null : Flag.ToName());
        Add(query, "sentiment", Sentiment?.ToString().ToLowerInvariant());
        Add(query, "page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/comments" + query.ToQueryString();
    }

    private static void Add(QueryBuilder query, string key, string? value)
    {
        if (value is not null)
        {
            query.Add(key, value);
        }
    }

    /// <summary>"positive", "neutral" or "negative"; null or empty is any sentiment, anything else is false.</summary>
    private static bool TryParseSentiment(string? name, out SentimentLabel? sentiment)
    {
        sentiment = null;
        if (string.IsNullOrEmpty(name))
        {
            return true;
        }
        foreach (var label in Enum.GetValues<SentimentLabel>())
        {
            if (string.Equals(label.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                sentiment = label;
                return true;
            }
        }
        return false;
    }

    /// <summary>A page number from 1; none is the first.</summary>
    private static bool TryParsePage(string? text, out int page)
    {
        page = 1;
        return string.IsNullOrEmpty(text)
            || int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page) && page >= 1;
    }

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
