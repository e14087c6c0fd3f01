using System.Linq.Expressions;
using Clout.Storage.Model;

namespace Clout.Storage.Reads;

/// <summary>
/// Which posts a report covers: a campaign by name, and a half-open period [FromUtc, ToUtc). The one place the period
/// and campaign rules live: every query applies them through the methods below, in SQL or in memory.
/// </summary>
public sealed record ReportFilter(string? Campaign = null, DateTime? FromUtc = null, DateTime? ToUtc = null)
{
    /// <summary>How long a first-time customer has to come back to count as a repeat buyer (<see cref="Core.Loyalty.RepeatPurchase"/>).</summary>
    public int RepeatWindowDays { get; init; } = Core.Loyalty.RepeatPurchase.DefaultWindowDays;

    /// <summary>The earliest end a period can have: one whole day after the first the calendar holds.</summary>
    private static readonly DateTime EarliestEnd = DateTime.SpecifyKind(DateTime.MinValue.AddDays(1), DateTimeKind.Utc);

    /// <summary>Ten years: longer than any brand's data, short enough that a typo (90,000) is caught.</summary>
    public const int MaxRepeatWindowDays = 3_650;

    /// <summary>
    /// A filter from user input; times without a zone are UTC. Returns the reason when the period is empty.
    /// </summary>
    public static (ReportFilter? Filter, string? Error) Create(string? campaign, DateTime? from, DateTime? to, int? repeatWindowDays = null)
    {
        if (repeatWindowDays is < 1 or > MaxRepeatWindowDays)
        {
            return (null, $"the repeat window must be 1 to {MaxRepeatWindowDays} days, not {repeatWindowDays}");
        }
        var fromUtc = UtcTime.Normalize(from);
        var toUtc = UtcTime.Normalize(to);
        if (fromUtc is not null && toUtc is not null && fromUtc >= toUtc)
        {
            return (null, "'from' must be before 'to': the period is [from, to)");
        }
        if (toUtc < EarliestEnd)
        {
            // Its last day, the day before the end, is what reports and file names show; before this there is none.
            return (null, $"'to' must be {EarliestEnd:yyyy-MM-dd} or later: the period [from, to) ends before it, so it holds no day");
        }
        return (new ReportFilter(string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim(), fromUtc, toUtc)
        {
            RepeatWindowDays = repeatWindowDays ?? Core.Loyalty.RepeatPurchase.DefaultWindowDays,
        }, null);
    }

    /// <summary>Whether the filter cuts a period out of the history (a start, an end or both).</summary>
    internal bool HasPeriod => FromUtc is not null || ToUtc is not null;

    /// <summary>The part of the filter that decides which posts and comments it covers (not the repeat window).</summary>
    internal ReportFilter Scope => new(Campaign, FromUtc, ToUtc);

    /// <summary>Whether the period starts and ends at midnight UTC (or is open): whole UTC days.</summary>
    internal bool InWholeDays => FromUtc is not { TimeOfDay.Ticks: not 0 } && ToUtc is not { TimeOfDay.Ticks: not 0 };

    /// <summary>The posts this filter covers: published in the period, in the campaign.</summary>
    internal IQueryable<Post> Apply(IQueryable<Post> posts, IQueryable<Campaign> campaigns) =>
        ApplyCampaign(InPeriod(posts, p => p.PublishedAtUtc), campaigns);

    /// <summary>The posts of the filter's campaign whenever published (all posts without a campaign).</summary>
    internal IQueryable<Post> ApplyCampaign(IQueryable<Post> posts, IQueryable<Campaign> campaigns)
    {
        if (Campaign is { } campaign)
        {
            posts = posts.Where(p => campaigns.Any(c => c.Id == p.CampaignId && c.Name == campaign));
        }
        return posts;
    }

    /// <summary>The rows whose own time (an order's, a click's, a response's) lies in the period, compared in SQL.</summary>
    internal IQueryable<T> InPeriod<T>(IQueryable<T> rows, Expression<Func<T, DateTime>> time)
    {
        if (FromUtc is { } from)
        {
            rows = rows.Where(Compare(time, () => from, Expression.GreaterThanOrEqual));
        }
        if (ToUtc is { } to)
        {
            rows = rows.Where(Compare(time, () => to, Expression.LessThan));
        }
        return rows;
    }

    /// <summary>Whether a time lies in the period, in memory.</summary>
    internal bool InPeriod(DateTime time) => (FromUtc is not { } from || time >= from) && (ToUtc is not { } to || time < to);

    /// <summary>The kept visitor-days (<see cref="VisitorDay"/>) of the period's UTC days; exact when <see cref="InWholeDays"/>.</summary>
    internal IQueryable<VisitorDay> InPeriod(IQueryable<VisitorDay> days) => InDays(days, v => v.Day);

    /// <summary>The rolled-up clicks (<see cref="ClickDay"/>) of the period's UTC days, by the visitor-days' rule.</summary>
    internal IQueryable<ClickDay> InPeriod(IQueryable<ClickDay> days) => InDays(days, d => d.Day);

    /// <summary>Rows of whole UTC days: from the day <see cref="FromUtc"/> falls on, to before the day <see cref="ToUtc"/> falls on.</summary>
    private IQueryable<T> InDays<T>(IQueryable<T> days, Expression<Func<T, DateOnly>> day)
    {
        if (FromUtc is { } from)
        {
            var first = DateOnly.FromDateTime(from);
            days = days.Where(Expression.Lambda<Func<T, bool>>(Expression.GreaterThanOrEqual(day.Body, ((Expression<Func<DateOnly>>)(() => first)).Body), day.Parameters));
        }
        if (ToUtc is { } to)
        {
            var end = DateOnly.FromDateTime(to);
            days = days.Where(Expression.Lambda<Func<T, bool>>(Expression.LessThan(day.Body, ((Expression<Func<DateOnly>>)(() => end)).Body), day.Parameters));
        }
        return days;
    }

    /// <summary>The collaborations a report covers: the campaign's, and only campaigns that (may) overlap the period.</summary>
    internal IQueryable<Collaboration> Collaborations(IQueryable<Collaboration> collaborations, IQueryable<Campaign> campaigns)
    {
        if (Campaign is { } name)
        {
            campaigns = campaigns.Where(c => c.Name == name);
        }
        if (FromUtc is { } from)
        {
            campaigns = campaigns.Where(c => c.EndsAtUtc == null || c.EndsAtUtc > from);
        }
        if (ToUtc is { } to)
        {
            campaigns = campaigns.Where(c => c.StartsAtUtc == null || c.StartsAtUtc < to);
        }
        var campaignIds = campaigns.Select(c => c.Id);
        return collaborations.Where(c => campaignIds.Contains(c.CampaignId));
    }

    /// <summary>The survey responses a report covers: given in the period and, with a campaign, about one of its influencers.</summary>
    internal IQueryable<SurveyResponse> Responses(IQueryable<SurveyResponse> responses, IQueryable<Collaboration> collaborations,
        IQueryable<Campaign> campaigns)
    {
        responses = InPeriod(responses, r => r.CreatedAtUtc);
        if (Campaign is { } campaign)
        {
            responses = responses.Where(r => collaborations.Any(c => c.InfluencerId == r.InfluencerId
                && campaigns.Any(k => k.Id == c.CampaignId && k.Name == campaign)));
        }
        return responses;
    }

    /// <summary>
    /// <paramref name="time"/> compared with a bound that EF sends as a parameter (a captured variable, as if the
    /// lambda were written out), so the SQL is the one a hand-written <c>Where</c> gives.
    /// </summary>
    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTime>> time, Expression<Func<DateTime>> bound,
        Func<Expression, Expression, BinaryExpression> comparison) =>
        Expression.Lambda<Func<T, bool>>(comparison(time.Body, bound.Body), time.Parameters);
}
