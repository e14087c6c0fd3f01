namespace Clout.Core.Attribution;

/// <summary>
/// The names an order's winning signal is stored and shown under ("code", "click", "survey", "none"): the orders'
/// attribution_source column and the API's JSON use them, so they never change.
/// </summary>
public static class AttributionSourceNames
{
    public static string ToName(this AttributionSource source) => source switch
    {
        AttributionSource.Code => "code",
        AttributionSource.Click => "click",
        AttributionSource.Survey => "survey",
        AttributionSource.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not an attribution source."),
    };

    /// <summary>Parses a stored name (exactly as <see cref="ToName"/> writes it).</summary>
    public static AttributionSource Parse(string name) => name switch
    {
        "code" => AttributionSource.Code,
        "click" => AttributionSource.Click,
        "survey" => AttributionSource.Survey,
        "none" => AttributionSource.None,
        _ => throw new FormatException($"'{name}' is not an attribution source (code, click, survey, none)."),
    };
}
