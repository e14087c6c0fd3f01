namespace Clout.Core.Demo;

/// <summary>
/// What a brand would have written down before the demo's campaigns ran: their dates and budgets, and the shop's gross
/// margin, so that the demo shows ROI and the period filters meet campaign dates. Derived from the generated rows, so the
/// same seed and day give the same plan.
/// </summary>
public static class DemoCampaigns
{
    /// <summary>60 %: a direct-to-consumer beauty or fitness shop's gross margin, the demo's kind of brand.</summary>
    public const double GrossMargin = 0.6;

    /// <summary>Budgets leave 10 % above what the collaborations cost in fees and products, as a planner would.</summary>
    private const double BudgetHeadroom = 1.1;

    /// <summary>Budgets are round figures: whole thousands of the currency (100,000 minor units).</summary>
    private const long BudgetStepMinor = 100_000;

    /// <summary>Each campaign from its first sponsored post's day to the day after its last, and its budget.</summary>
    public static IReadOnlyList<DemoCampaign> Of(DemoWorkspace data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fees = data.Collaborations.GroupBy(c => c.Campaign, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.FeeMinor + c.ProductCostMinor), StringComparer.Ordinal);
        return [.. data.Posts.Where(p => p.Campaign is not null)
            .GroupBy(p => p.Campaign!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DemoCampaign(g.Key,
                g.Min(p => p.PublishedAtUtc).Date,
                g.Max(p => p.PublishedAtUtc).Date.AddDays(1),
                Budget(fees.GetValueOrDefault(g.Key))))];
    }

    private static long Budget(long costMinor)
    {
        var steps = (long)Math.Ceiling(costMinor * BudgetHeadroom / BudgetStepMinor);
        return Math.Max(1, steps) * BudgetStepMinor;
    }
}
