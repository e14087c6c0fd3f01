namespace Clout.Storage.Ingestion;

/// <summary>One row of a clicks file: a request to a tracking link recorded by another tool.</summary>
internal sealed record ClickRow(string LinkCode, DateTime OccurredAtUtc, string? VisitorId, string? UserAgent, string? Referrer);
