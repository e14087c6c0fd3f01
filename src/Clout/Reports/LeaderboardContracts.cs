using System.Text.Json.Serialization;
using Clout.Core.Campaigns;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Reads;
using Clout.Storage.Reports;

namespace Clout.Reports;

/// <summary>
/// Every influencer of the tier report's read with its figures and flags, filtered and sorted, and the five to book
/// again and the five not to (over every influencer of the period and campaign, whatever the tier, platform or search).
/// Rates are fractions, money is in major units of <see cref="Currency"/>.
/// </summary>
public sealed record LeaderboardResponse(
    string Workspace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Campaign,
    DateTime? From,
    DateTime? To,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? GrossMargin,
    string Sort,
    string Dir,
    IReadOnlyList<LeaderboardRowResponse> Influencers,
    BookAgainResponse BookAgain)
{
    public static LeaderboardResponse Of(ReportUnits read, ReportFilter filter, LeaderboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(query);
        var flags = InfluencerFlags.Of(read.Units, read.Currency);
        var rows = InfluencerLeaderboard.Apply(read.Units, query);
        return new(read.Workspace, filter.Campaign, filter.FromUtc, filter.ToUtc, read.Currency, read.GrossMargin, query.Sort, query.Descending ? "desc" : "asc",
            [.. rows.Select(u => LeaderboardRowResponse.Of(u, InfluencerFlags.For(flags, u.Id)))],
            BookAgainResponse.Of(Core.Reports.BookAgain.Of(read.Units, read.Currency)));
    }
}

/// <summary>
/// One influencer: who, what it cost (fees, product costs and commissions of its collaborations in scope, rounded to the
/// cent; absent without one), every metric it has (a metric without data is absent, never 0) and its flags.
/// </summary>
public sealed record LeaderboardRowResponse(
    long Id,
    string Handle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayName,
    string Platform,
    string Tier,
    int Posts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Cost,
    IReadOnlyDictionary<string, MetricValueResponse> Metrics,
    IReadOnlyList<FlagResponse> Flags)
{
    public static LeaderboardRowResponse Of(InfluencerUnit unit, IReadOnlyList<InfluencerFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(flags);
        return new(unit.Id, unit.Handle, unit.DisplayName, unit.Platform.ToName(), unit.Tier.ToName(), unit.Posts,
            unit.CostMinor is { } cost ? Money.ToMajor(cost) : null,
            unit.Values.OrderBy(v => MetricOrder(v.Key)).ToDictionary(v => v.Key, v => MetricValueResponse.Of(v.Value, unit.Estimates.GetValueOrDefault(v.Key))),
            [.. flags.Select(f => new FlagResponse(f.Name, f.Label, f.Reason))]);
    }

    /// <summary>The report's order of metrics, so every row lists them alike.</summary>
    private static int MetricOrder(string name) => Core.Reports.Metrics.All.Select(m => m.Name).ToList().IndexOf(name);
}

/// <summary>A metric's value with, where it rests on a count of its own, that count and its 95 % interval.</summary>
public sealed record MetricValueResponse(
    double Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Low,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? High,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? N)
{
    public static MetricValueResponse Of(double value, Core.Statistics.Estimate? estimate) => new(value, estimate?.Low, estimate?.High, estimate?.N);
}

/// <summary>A flag: low_roas, low_audience_quality or skeptical_comments, in two words and with its reason in plain words.</summary>
public sealed record FlagResponse(string Flag, string Label, string Reason);

/// <summary>The five influencers to book again and the five not to, ranked by roi (margin set) or roas.</summary>
public sealed record BookAgainResponse(string RankedBy, IReadOnlyList<BookAgainPickResponse> Top, IReadOnlyList<BookAgainPickResponse> Bottom)
{
    public static BookAgainResponse Of(BookAgainList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new(list.RankedBy.Name, [.. list.Top.Select(BookAgainPickResponse.Of)], [.. list.Bottom.Select(BookAgainPickResponse.Of)]);
    }
}

public sealed record BookAgainPickResponse(long Id, string Handle, string Tier, string Reason)
{
    public static BookAgainPickResponse Of(BookAgainPick pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        return new(pick.Influencer.Id, pick.Influencer.Handle, pick.Influencer.Tier.ToName(), pick.Reason);
    }
}
