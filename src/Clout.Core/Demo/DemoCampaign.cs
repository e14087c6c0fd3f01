namespace Clout.Core.Demo;

/// <summary>A demo campaign's plan: its dates, half-open [start, end) in whole UTC days, and its budget in minor units.</summary>
public sealed record DemoCampaign(string Name, DateTime StartsAtUtc, DateTime EndsAtUtc, long BudgetMinor);
