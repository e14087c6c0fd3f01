using System.Globalization;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Reads;

namespace Clout.Reports;

/// <summary>
/// The leaderboard's parameters as the API and the page receive them, checked once: a bad one gives a message naming
/// it, and nothing is read.
/// </summary>
public static class LeaderboardForm
{
    /// <summary>The longest search text: a handle or a name, never a paragraph.</summary>
    public const int MaxSearchLength = 200;

    public static (ReportFilter? Filter, LeaderboardQuery? Query, string? Error) Read(
        string? campaign, string? from, string? to, string? tier, string? platform, string? q, string? sort, string? dir)
    {
        if (!TryDay(from, out var fromUtc))
        {
            return Refuse($"'from' must be a date (2026-03-01) or a UTC time, not '{from}'");
        }
        if (!TryDay(to, out var toUtc))
        {
            return Refuse($"'to' must be a date (2026-03-31) or a UTC time, not '{to}'");
        }
        Tier? tierValue = null;
        if (!string.IsNullOrWhiteSpace(tier))
        {
            if (!TierNames.TryParse(tier, out var parsed))
            {
                return Refuse($"'tier' must be nano, micro, macro or celebrity, not '{tier}'");
            }
            tierValue = parsed;
        }
        Platform? platformValue = null;
        if (!string.IsNullOrWhiteSpace(platform))
        {
            if (!PlatformNames.TryParse(platform, out var parsed))
            {
                return Refuse($"'platform' must be one of {PlatformNames.All}, not '{platform}'");
            }
            platformValue = parsed;
        }
        if (q is { Length: > MaxSearchLength })
        {
            return Refuse($"'q' must be at most {MaxSearchLength} characters");
        }
        var column = string.IsNullOrWhiteSpace(sort) ? InfluencerLeaderboard.DefaultSort : sort.Trim().ToLowerInvariant();
        if (!InfluencerLeaderboard.IsSortColumn(column))
        {
            return Refuse($"'sort' must be a column ({string.Join(", ", InfluencerLeaderboard.Fields)} or a metric such as roas), not '{sort}'");
        }
        var direction = dir?.Trim().ToLowerInvariant();
        if (direction is not (null or "" or "asc" or "desc"))
        {
            return Refuse($"'dir' must be asc or desc, not '{dir}'");
        }
        var (filter, error) = ReportFilter.Create(campaign, fromUtc, toUtc);
        if (filter is null)
        {
            return Refuse(error!);
        }
        return (filter, new LeaderboardQuery(tierValue, platformValue, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), column, direction == "desc"), null);
    }

    /// <summary>A day (UTC midnight) or a time; without a zone it is UTC, as everywhere in the reports.</summary>
    private static bool TryDay(string? text, out DateTime? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            return true;
        }
        return false;
    }

    private static (ReportFilter?, LeaderboardQuery?, string?) Refuse(string error) => (null, null, error);
}
