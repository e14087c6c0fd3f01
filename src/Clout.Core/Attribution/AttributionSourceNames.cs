namespace Clout.Core.Attribution;

/// <summary>
/// How an order's winning signal is stored and read back: "code", "click", "survey", "none". The order intake writes
/// the name when an order arrives, the survey signal when an answer credits an order already stored, and the
/// reconciliation reads it.
/// </summary>
public static class AttributionSourceNames
{
    public static string ToName(this AttributionSource source) => source switch
    {
        AttributionSource.Code => "code",
        AttributionSource.Click => "click",
        AttributionSource.Survey => "survey",
        AttributionSource.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Reads a stored source name (any case); anything else is None.</summary>
    public static AttributionSource Parse(string? source) =>
        Enum.TryParse<AttributionSource>(source, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : AttributionSource.None;
}
