using Clout.Core.Reports;
using Clout.Core.Reports.Pillars;
using Clout.Dashboard.Shared;
using Clout.Reports;
using Clout.Storage.Campaigns;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard;

public sealed class IndexModel(TierReportCache query, CampaignStore campaigns, TimeProvider clock) : PageModel
{
    public TierReport Report { get; private set; } = null!;

    /// <summary>The period and campaign of the page, from its URL.</summary>
    public ReportFilterForm Filter { get; private set; } = null!;

    /// <summary>Micro-influencers against celebrities, one row per question a buyer asks.</summary>
    public IReadOnlyList<PillarRow> Pillars { get; private set; } = [];

    /// <summary>The engagement table's columns.</summary>
    public IReadOnlyList<MetricDefinition> Columns { get; } = Metrics.Engagement;

    /// <summary>The conversions table's columns: money in the report's currency, costs lower-is-better.</summary>
    public IReadOnlyList<MetricDefinition> ConversionColumns { get; } = Metrics.Conversion;

    /// <summary>The tables of the overview: engagement always, conversions only when some tier has a conversion metric.</summary>
    public IReadOnlyList<(string Id, string Caption, IReadOnlyList<MetricDefinition> Columns)> Tables { get; private set; } = [];

    /// <summary>True when some tier has a conversion rate: the overview then charts it next to engagement.</summary>
    public bool HasConversionRate { get; private set; }

    /// <summary>The five influencers to book again and the five not to, with their reasons.</summary>
    public BookAgainResponse BookAgain { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var names = (await campaigns.ListAsync(cancellationToken)).Select(c => c.Name).ToList();
        Filter = ReportFilterForm.Read(Request.Query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), "/", names);
        Report = await query.BuildAsync(Filter.Filter, cancellationToken);
        Pillars = PillarTable.Of(Report);
        BookAgain = BookAgainResponse.Of(Core.Reports.BookAgain.Of(Report.Influencers, Report.Currency));
        HasConversionRate = Report.Tiers.Any(t => t.Metrics.ContainsKey(Metrics.ConversionRate.Name));
        var hasConversions = Report.Tiers.Any(t => ConversionColumns.Any(m => t.Metrics.ContainsKey(m.Name)));
        List<(string, string, IReadOnlyList<MetricDefinition>)> tables = [("tier-table", "Engagement", Columns)];
        if (hasConversions)
        {
            tables.Add(("conversion-table", Report.Currency is { } c ? $"Conversions (money in {c})" : "Conversions", ConversionColumns));
        }
        if (Report.Loyalty is { Tiers.Count: > 0 } loyalty)
        {
            tables.Add(("loyalty-table", $"Loyalty and sales dynamics: repeat buyers within {loyalty.WindowDays} days; a campaign post's orders over 14 days (medians over influencers)", Metrics.Loyalty));
        }
        Tables = tables;
    }
}
