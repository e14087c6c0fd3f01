namespace Clout.Storage.Reports;

/// <summary>Which posts a report covers: a campaign by name, and a half-open period [FromUtc, ToUtc).</summary>
public sealed record ReportFilter(string? Campaign = null, DateTime? FromUtc = null, DateTime? ToUtc = null);
