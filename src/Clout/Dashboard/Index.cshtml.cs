using Clout.Core.Reports;
using Clout.Reports;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard;

public sealed class IndexModel(TierReportQuery query) : PageModel
{
    public TierReport Report { get; private set; } = null!;

    /// <summary>The engagement table's columns.</summary>
    public IReadOnlyList<MetricDefinition> Columns { get; } = Metrics.Engagement;

    /// <summary>The conversions table's columns: money in the report's currency, costs lower-is-better.</summary>
    public IReadOnlyList<MetricDefinition> ConversionColumns { get; } = Metrics.Conversion;

    /// <summary>The tables of the overview: engagement always, conversions only when some tier has a conversion metric.</summary>
    public IReadOnlyList<(string Id, string Caption, IReadOnlyList<MetricDefinition> Columns)> Tables { get; private set; } = [];

    /// <summary>True when some tier has a conversion rate: the overview then charts it next to engagement.</summary>
    public bool HasConversionRate { get; private set; }

    /// <summary>The sentences worth a slide: clear micro-vs-celebrity differences.</summary>
    public IReadOnlyList<string> Headlines { get; private set; } = [];

    /// <summary>The five influencers to book again and the five not to, with their reasons.</summary>
    public BookAgainResponse BookAgain { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await query.BuildAsync(new ReportFilter(), cancellationToken);
        BookAgain = BookAgainResponse.Of(Core.Reports.BookAgain.Of(Report.Influencers, Report.Currency));
        Headlines = [.. TierReportHeadlines.Of(Report).Select(c => c.Verdict)];
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
