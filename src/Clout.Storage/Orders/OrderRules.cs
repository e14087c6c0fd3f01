using System.Globalization;
using Clout.Core.Limits;
using Clout.Core.Text;

namespace Clout.Storage.Orders;

/// <summary>
/// What every door checks before an order is taken in, with the field names of the API and the CSV header. The
/// limits are the column sizes of <see cref="Model.OrderConfiguration"/>: a value that would not fit is refused, never cut.
/// </summary>
public static class OrderRules
{
    public const int MaxIdLength = 200;
    public const int MaxUrlLength = 2048;
    public const int MaxDiscountCodesLength = 500;
    public const int MaxDiscountCodeLength = 64;
    public const int MaxDiscountCodes = 20;

    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxEmailLength = 320;

    public const int MaxRefLength = 200;

    /// <summary>The influencers' handle column.</summary>
    public const int MaxHandleLength = 100;

    /// <summary>Clock skew tolerated between a shop and this server before an order "from the future" is refused.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromDays(1);

    /// <summary>The problems of <paramref name="order"/> as (field, message); empty when it may be taken in.</summary>
    public static List<(string Field, string Message)> Check(OrderInput order, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(order);
        var problems = new List<(string, string)>();
        void CheckText(string field, string? value, int max)
        {
            if (StoredText.Problem(value) is { } text)
            {
                problems.Add((field, text));
            }
            else if (value is not null && value.Length > max)
            {
                problems.Add((field, string.Create(CultureInfo.InvariantCulture, $"is {value.Length} characters long; at most {max} are allowed")));
            }
        }
        if (string.IsNullOrWhiteSpace(order.OrderId))
        {
            problems.Add(("order_id", "is required"));
        }
        CheckText("order_id", order.OrderId, MaxIdLength);
        CheckText("customer_id", order.CustomerId, MaxIdLength);
        CheckText("email", order.Email, MaxEmailLength);
        if (order.Email is { Length: > 0 } email && (!email.Contains('@', StringComparison.Ordinal) || email.Trim().Length < 3))
        {
            problems.Add(("email", "is not an e-mail address"));
        }
        if (order.OccurredAtUtc == default)
        {
            problems.Add(("at", "is required"));
        }
        else if (order.OccurredAtUtc > nowUtc + MaxFutureSkew)
        {
            problems.Add(("at", $"{order.OccurredAtUtc:O} is in the future"));
        }
        if (order.TotalMinor < 0)
        {
            problems.Add(("total", "must not be negative (refunds are not orders)"));
        }
        else if (PlausibleLimits.MoneyProblem(order.TotalMinor) is { } problem)
        {
            problems.Add(("total", problem));
        }
        if (!IsCurrency(order.Currency))
        {
            problems.Add(("currency", $"'{Clip(order.Currency)}' is not an ISO 4217 currency code; use three letters, e.g. EUR"));
        }
        if (order.DiscountCodes.Count > MaxDiscountCodes)
        {
            problems.Add(("discount_codes", $"has {order.DiscountCodes.Count} codes; at most {MaxDiscountCodes} are allowed"));
        }
        foreach (var code in order.DiscountCodes)
        {
            if (StoredText.Problem(code) is { } text)
            {
                problems.Add(("discount_codes", text));
            }
            else if (string.IsNullOrWhiteSpace(code) || code.Length > MaxDiscountCodeLength || code.Contains(';', StringComparison.Ordinal))
            {
                problems.Add(("discount_codes", $"'{Clip(code)}' is not a discount code: 1-{MaxDiscountCodeLength} characters without ';'"));
            }
        }
        if (JoinCodes(order.DiscountCodes) is { Length: > MaxDiscountCodesLength } joined)
        {
            problems.Add(("discount_codes", string.Create(CultureInfo.InvariantCulture, $"is {joined.Length} characters long; at most {MaxDiscountCodesLength} are allowed")));
        }
        CheckText("landing_site", order.LandingSite, MaxUrlLength);
        CheckText("referrer", order.Referrer, MaxUrlLength);
        CheckText("ref", order.Ref, MaxRefLength);
        if (order.Creator is { } creator)
        {
            CheckText("creator", creator.Handle, MaxHandleLength);
            if (string.IsNullOrWhiteSpace(creator.Handle))
            {
                problems.Add(("creator", "is empty"));
            }
        }
        return problems;
    }

    /// <exception cref="Model.StorageValidationException">The order breaks a rule; the message names each field.</exception>
    public static void Require(OrderInput order, DateTime nowUtc)
    {
        var problems = Check(order, nowUtc);
        if (problems.Count > 0)
        {
            throw new Model.StorageValidationException(string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}")));
        }
    }

    public static bool IsCurrency(string? currency) => currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper);

    /// <summary>Upper-case and trimmed, as stored; the API and the files accept "eur".</summary>
    public static string NormalizeCurrency(string? currency) => (currency ?? "").Trim().ToUpperInvariant();

    /// <summary>Codes as stored in <see cref="Model.Order.DiscountCodes"/>: upper-case, ';'-separated; null for none.</summary>
    public static string? JoinCodes(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? null : string.Join(';', codes.Select(c => c.Trim().ToUpperInvariant()));

    /// <summary>A ';'-separated list as in the CSV's discount_codes column.</summary>
    public static List<string> SplitCodes(string? codes) =>
        codes is null ? [] : [.. codes.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string Clip(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}
