namespace Clout.Connectors;

/// <summary>One page of a listing and the platform's token for the next one (null on the last page).</summary>
internal sealed record FetchedPage<T>(IReadOnlyList<T> Items, string? NextPageToken);
