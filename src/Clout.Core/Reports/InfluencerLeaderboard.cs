using Clout.Core.Roster;

namespace Clout.Core.Reports;

/// <summary>
/// The leaderboard's rows: every influencer of the tier report's read, filtered and sorted. A sort puts influencers
/// without the figure last in either direction (an unknown ROAS is neither the best nor the worst), then breaks ties by
/// handle and id so the order is the same on every run and database.
/// </summary>
public static class InfluencerLeaderboard
{
    public const string DefaultSort = "handle";

    /// <summary>The metrics the leaderboard shows, in its column order.</summary>
    public static IReadOnlyList<MetricDefinition> Columns { get; } =
    [
        Metrics.EngagementRate, Metrics.Orders, Metrics.ConversionRate, Metrics.Revenue, Metrics.Cpa, Metrics.Roas, Metrics.Roi,
        Metrics.TrustScore, Metrics.Nps, Metrics.RepeatRate, Metrics.QualityScore, Metrics.SkepticalShare,
    ];

    /// <summary>The columns that are no metric of the report: who the influencer is, and what it cost.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["handle", "display_name", "tier", "platform", "posts", "cost"];

    /// <summary>Everything one can sort on: the fields and every metric of the report.</summary>
    public static IReadOnlyList<string> SortColumns { get; } = [.. Fields, .. Metrics.All.Select(m => m.Name)];

    public static bool IsSortColumn(string? name) => name is not null && SortColumns.Contains(name, StringComparer.Ordinal);

    public static IReadOnlyList<InfluencerUnit> Apply(IEnumerable<InfluencerUnit> units, LeaderboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(query);
        if (!IsSortColumn(query.Sort))
        {
            throw new ArgumentException($"Unknown sort column '{query.Sort}'.", nameof(query));
        }
        var search = query.Search?.Trim();
        var rows = units
            .Where(u => query.Tier is null || u.Tier == query.Tier)
            .Where(u => query.Platform is null || u.Platform == query.Platform)
            .Where(u => string.IsNullOrEmpty(search)
                || u.Handle.Contains(search, StringComparison.OrdinalIgnoreCase)
                || (u.DisplayName?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false));
        var known = rows.Where(u => Key(u, query.Sort) is not null);
        var ordered = query.Descending
            ? known.OrderByDescending(u => Key(u, query.Sort), KeyComparer.Instance)
            : known.OrderBy(u => Key(u, query.Sort), KeyComparer.Instance);
        var unknown = rows.Where(u => Key(u, query.Sort) is null).OrderBy(u => u.Handle, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Id);
        return [.. ordered.ThenBy(u => u.Handle, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Id), .. unknown];
    }

    /// <summary>The value a column sorts by: text for names, a number otherwise; null when the influencer has none.</summary>
    private static IComparable? Key(InfluencerUnit unit, string column) => column switch
    {
        "handle" => unit.Handle.ToUpperInvariant(),
        "display_name" => unit.DisplayName?.ToUpperInvariant(),
        "tier" => (int)unit.Tier,
        "platform" => unit.Platform.ToName(),
        "posts" => unit.Posts,
        "cost" => unit.CostMinor,
        _ => unit.Values.TryGetValue(column, out var value) ? value : null,
    };

    private sealed class KeyComparer : IComparer<IComparable?>
    {
        public static KeyComparer Instance { get; } = new();

        public int Compare(IComparable? x, IComparable? y) => x switch
        {
            string s => string.CompareOrdinal(s, y as string),
            null => y is null ? 0 : -1,
            _ => x.CompareTo(y),
        };
    }
}
