using System.Text.Json;
using Clout.Core.Statistics;
using Clout.Presentation;

namespace Clout.Tests.Presentation;

public sealed class EstimateResponseTests
{
    [Fact]
    public void Of_WithInterval_WritesValueLowHighAndN()
    {
        var json = JsonSerializer.Serialize(EstimateResponse.Of(new Estimate(0.042, 0.031, 0.055, 61)), CloutJson.Options);

        Assert.Equal(["value", "low", "high", "n"], Names(json));
    }

    [Fact]
    public void Of_WithoutInterval_LeavesTheBoundsOut()
    {
        var json = JsonSerializer.Serialize(EstimateResponse.Of(new Estimate(0.042, null, null, 3)), CloutJson.Options);

        Assert.Equal(["value", "n"], Names(json));
    }

    private static List<string> Names(string json) => [.. JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name)];
}
