namespace Clout.Storage.Reports;

/// <summary>Which posts a report covers: a campaign by name, and a half-open period [FromUtc, ToUtc).</summary>
public sealed record ReportFilter(string? Campaign = null, DateTime? FromUtc = null, DateTime? ToUtc = null)
{
    /// <summary>
    /// A filter from user input; times without a zone are UTC. Returns the reason when the period is empty.
    /// </summary>
    public static (ReportFilter? Filter, string? Error) Create(string? campaign, DateTime? from, DateTime? to)
    {
        var fromUtc = AsUtc(from);
        var toUtc = AsUtc(to);
        if (fromUtc is not null && toUtc is not null && fromUtc >= toUtc)
        {
            return (null, "'from' must be before 'to': the period is [from, to)");
        }
        return (new ReportFilter(string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim(), fromUtc, toUtc), null);
    }

    private static DateTime? AsUtc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } v => DateTime.SpecifyKind(v, DateTimeKind.Utc),
        { } v => v.ToUniversalTime(),
    };
}
