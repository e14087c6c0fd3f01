using System.Text.Json;

namespace Clout.Core.Tests.Statistics;

/// <summary>Reference values from eng/fixtures/statistics.py (scipy 1.10, statsmodels 0.13), committed as JSON.</summary>
internal static class StatisticsFixtures
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "statistics.json"))));

    public static IEnumerable<JsonElement> Proportions => Document.Value.RootElement.GetProperty("proportions").EnumerateArray();

    public static IEnumerable<JsonElement> Decay => Document.Value.RootElement.GetProperty("decay").EnumerateArray();
}
