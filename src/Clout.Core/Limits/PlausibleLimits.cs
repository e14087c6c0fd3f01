using System.Globalization;

namespace Clout.Core.Limits;

/// <summary>
/// The largest number Clout accepts for a count or an amount, at every door (imports, the API, the Shopify webhook, the
/// dashboard's forms, the CLI). Each is far above anything real, so no honest figure is refused, and far below where
/// sums could lose precision: a mistyped or hostile number is refused with its field named instead of being stored.
/// Sums over what is stored are taken as doubles (exact for whole numbers up to 2^53 ≈ 9 × 10^15, and unable to
/// overflow), so even a figure stored before these limits cannot make a page fail.
/// </summary>
public static class PlausibleLimits
{
    /// <summary>
    /// 100 billion: followers, following, likes, comments, shares, saves, views, reach, impressions. The largest real
    /// accounts have under 10^9 followers and the most viewed video about 1.6 × 10^10 views; 90,000 posts at this
    /// limit still add up exactly.
    /// </summary>
    public const long MaxCount = 100_000_000_000;

    /// <summary>
    /// A trillion (10^12) in major units of the shop's currency, per order, fee, product cost or budget. Clout keeps
    /// amounts in the shop's own currency, so the limit must hold in the weakest one a shop sells in: 10^12 Vietnamese
    /// dong or Indonesian rupiah are some 35 to 60 million euros, above any single order, fee or campaign budget; in
    /// euros it is a thousand times any real one.
    /// </summary>
    public const long MaxMoneyMajor = 1_000_000_000_000;

    /// <summary><see cref="MaxMoneyMajor"/> in minor units (cents).</summary>
    public const long MaxMoneyMinor = MaxMoneyMajor * Campaigns.Money.MinorPerMajor;

    /// <summary>Why <paramref name="count"/> is refused ("is above …"), or null when it is within 0..<see cref="MaxCount"/>.</summary>
    public static string? CountProblem(long count) =>
        count < 0 ? string.Create(CultureInfo.InvariantCulture, $"{count} is negative; counts start at 0")
        : count > MaxCount ? string.Create(CultureInfo.InvariantCulture, $"{count:N0} is above {MaxCount:N0}, more than any real account has")
        : null;

    /// <summary>Why an amount in minor units is refused, or null when it is within 0..<see cref="MaxMoneyMinor"/>.</summary>
    public static string? MoneyProblem(long minor) =>
        minor < 0 ? "must not be negative"
        : minor > MaxMoneyMinor ? string.Create(CultureInfo.InvariantCulture, $"{Campaigns.Money.Format(minor)} is above {MaxMoneyMajor:N0}, more than any real order, fee or budget")
        : null;

    /// <summary>As <see cref="MoneyProblem(long)"/>, for an amount in major units as a form or a JSON body sends it.</summary>
    public static string? MoneyProblem(decimal major) =>
        major < 0 ? "must not be negative"
        : major > MaxMoneyMajor ? string.Create(CultureInfo.InvariantCulture, $"{major:0.##} is above {MaxMoneyMajor:N0}, more than any real order, fee or budget")
        : null;

    /// <summary>
    /// A sum or a product taken as a double back to a whole number, for the places that need one: NaN is 0, and what
    /// lies beyond a long is the nearest long, so a figure no door would accept shows as huge instead of failing.
    /// </summary>
    public static long Saturate(double value) =>
        double.IsNaN(value) ? 0
        : value >= long.MaxValue ? long.MaxValue
        : value <= long.MinValue ? long.MinValue
        : (long)value;
}
