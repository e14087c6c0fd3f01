using System.Text.Json.Serialization;
using Clout.Core.Statistics;

namespace Clout.Presentation;

/// <summary>
/// An estimate as the API, the CLI's JSON and the files write it, in the tier report and in a plan alike: the value,
/// its 95 % interval when there is one, and how many it rests on.
/// </summary>
public sealed record EstimateResponse(
    double Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Low,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? High,
    int N)
{
    public static EstimateResponse Of(Estimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new(estimate.Value, estimate.Low, estimate.High, estimate.N);
    }
}
