using Clout.Core.Reports;
using Clout.Reports;
using Clout.Storage.Campaigns;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Leaderboard;

/// <summary>
/// Every influencer with its money, trust and loyalty figures, sorted on the server by links (?sort=roas&amp;dir=desc),
/// so it works without JavaScript; the figures are the API's (<see cref="LeaderboardEndpoints.ReadAsync"/>).
/// </summary>
public sealed class IndexModel(TierReportCache query, CampaignStore campaigns) : PageModel
{
    /// <summary>The query string's values as given, to refill the form and build the links.</summary>
    public IReadOnlyDictionary<string, string?> Current { get; private set; } = new Dictionary<string, string?>();

    public LeaderboardResponse? Leaderboard { get; private set; }

    /// <summary>Why the parameters were refused, naming the one that is wrong.</summary>
    public string? Error { get; private set; }

    public IReadOnlyList<string> Campaigns { get; private set; } = [];

    /// <summary>The table's metric columns.</summary>
    public IReadOnlyList<MetricDefinition> Columns { get; } = InfluencerLeaderboard.Columns.Where(m => m != Metrics.SkepticalShare).ToList();

    public async Task OnGetAsync(string? campaign, string? from, string? to, string? tier, string? platform, string? q,
        string? sort, string? dir, CancellationToken cancellationToken)
    {
        Current = new Dictionary<string, string?>
        {
            ["campaign"] = campaign, ["from"] = from, ["to"] = to, ["tier"] = tier, ["platform"] = platform, ["q"] = q, ["sort"] = sort, ["dir"] = dir,
        };
        Campaigns = [.. (await campaigns.ListAsync(cancellationToken)).Select(c => c.Name)];
        (Leaderboard, Error) = await LeaderboardEndpoints.ReadAsync(query, campaign, from, to, tier, platform, q, sort, dir, cancellationToken);
        if (Leaderboard is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>This page's address with some parameters changed (null removes one), keeping the rest of the query.</summary>
    public string Link(string path, params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(Current);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        var query = QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => KeyValuePair.Create(v.Key, v.Value)));
        return path + query.ToUriComponent();
    }

    /// <summary>The link a column's header carries: the other direction when it is the current sort, else its natural first one.</summary>
    public string SortLink(string column, bool lowerIsBetter, bool text)
    {
        var current = Leaderboard?.Sort == column;
        var dir = current ? (Leaderboard!.Dir == "desc" ? "asc" : "desc") : (lowerIsBetter || text ? "asc" : "desc");
        return Link("/leaderboard", ("sort", column), ("dir", dir));
    }

    /// <summary>aria-sort for a header: ascending, descending or none.</summary>
    public string AriaSort(string column) =>
        Leaderboard?.Sort != column ? "none" : Leaderboard.Dir == "desc" ? "descending" : "ascending";
}
