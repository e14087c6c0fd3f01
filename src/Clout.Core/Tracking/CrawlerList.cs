using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clout.Core.Tracking;

/// <summary>
/// The maintained crawler list of the npm package crawler-user-agents (MIT), shipped inside the assembly:
/// patterns, the example user agents each pattern was written for, and tags such as social-preview and scanner.
/// Committed under eng/data/ and refreshed with eng/update-data.sh.
/// </summary>
internal static class CrawlerList
{
    public const string PreviewTag = "social-preview";
    public const string ScannerTag = "scanner";
    private const string ResourceName = "Clout.Core.Tracking.crawler-user-agents.json";

    public static IReadOnlyList<CrawlerEntry> Load()
    {
        using var stream = typeof(CrawlerList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The crawler list {ResourceName} is not embedded in the assembly.");
        return JsonSerializer.Deserialize<List<CrawlerEntry>>(stream)
            ?? throw new InvalidOperationException("The crawler list is empty.");
    }
}

internal sealed record CrawlerEntry(
    [property: JsonPropertyName("pattern")] string Pattern,
    [property: JsonPropertyName("instances")] IReadOnlyList<string>? Instances,
    [property: JsonPropertyName("tags")] IReadOnlyList<string>? Tags)
{
    public bool Has(string tag) => Tags?.Contains(tag, StringComparer.Ordinal) == true;
}
