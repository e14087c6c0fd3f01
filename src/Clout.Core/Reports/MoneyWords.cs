using System.Globalization;

namespace Clout.Core.Reports;

/// <summary>An amount as a sentence says it: "€179,200", "$1,250", "CHF 980" (whole units; cents add nothing to a reason).</summary>
public static class MoneyWords
{
    public static string Of(double major, string? currency)
    {
        var amount = Math.Round(major).ToString("#,0", CultureInfo.InvariantCulture);
        return currency?.ToUpperInvariant() switch
        {
            "EUR" => "€" + amount,
            "USD" => "$" + amount,
            "GBP" => "£" + amount,
            null or "" => amount,
            var code => code + " " + amount,
        };
    }
}
