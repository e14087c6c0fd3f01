using Clout.Presentation;
using Clout.Storage.Campaigns;

namespace Clout.Dashboard.Campaigns;

/// <summary>What the campaign page updates in place.</summary>
public sealed record LiveSnapshot(int Clicks, int UniqueVisitors, int Orders, string Revenue, IReadOnlyList<LiveRow> Rows)
{
    public static LiveSnapshot Of(CampaignActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var rows = activity.Collaborations;
        return new(rows.Sum(r => r.Clicks), rows.Sum(r => r.UniqueVisitors), rows.Sum(r => r.Orders), Format.Amount(rows.Sum(r => r.RevenueMinor)),
            [.. rows.Select(r => new LiveRow(r.CollaborationId, r.Clicks, r.UniqueVisitors, r.Orders, Format.Amount(r.RevenueMinor)))]);
    }
}

/// <summary>One collaboration's row of a <see cref="LiveSnapshot"/>; money already written as the page shows it.</summary>
public sealed record LiveRow(long Collaboration, int Clicks, int UniqueVisitors, int Orders, string Revenue);
