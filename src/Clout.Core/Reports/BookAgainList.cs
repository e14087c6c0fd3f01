namespace Clout.Core.Reports;

/// <summary>The best and the worst influencers to book again (<see cref="BookAgain"/>), ranked by <see cref="RankedBy"/>.</summary>
public sealed record BookAgainList(MetricDefinition RankedBy, IReadOnlyList<BookAgainPick> Top, IReadOnlyList<BookAgainPick> Bottom)
{
    public bool IsEmpty => Top.Count == 0 && Bottom.Count == 0;
}
