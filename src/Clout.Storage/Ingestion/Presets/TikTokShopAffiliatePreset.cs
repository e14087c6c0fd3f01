using System.Globalization;
using Clout.Core.Campaigns;
using Clout.Core.Roster;

namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// TikTok Shop's affiliate orders (Seller Center › Affiliate › Affiliate orders › Export): one row per product (SKU)
/// of an order, each naming the creator whose video, LIVE or showcase sold it. Rows are grouped by order id and their
/// amounts summed; rows TikTok marks as not a sale (unpaid, ineligible = cancelled or refunded) are left out, and an
/// order left with none is not imported. The order credits its creator, a rostered TikTok influencer.
/// </summary>
internal sealed class TikTokShopAffiliatePreset : IImportPreset
{
    private static readonly string[] OrderIds = ["Order ID"];
    private static readonly string[] Creators = ["Creator Username", "Creator name", "Creator"];
    private static readonly string[] Amounts = ["Payment Amount", "Order amount", "GMV"];
    private static readonly string[] Times = ["Order created time", "Time created", "Created Time", "Order created time(UTC)"];
    private const string CurrencyColumn = "Currency";
    private const string StatusColumn = "Order status";

    /// <summary>TikTok's statuses of rows that earn no commission because no sale happened (names compared case-insensitively).</summary>
    private static readonly HashSet<string> NoSale = new(["Ineligible", "Customer Unpaid", "Unpaid", "Canceled", "Cancelled", "Refunded"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Written times seen in Seller Center exports; the time zone is not written and is taken as UTC.</summary>
    private static readonly string[] TimeFormats =
        ["yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy hh:mm:ss tt", "MM/dd/yyyy HH:mm"];

    public string Name => "tiktok-shop-affiliate";

    public ImportKind Kind => ImportKind.Orders;

    public string Description => "TikTok Shop affiliate orders (Seller Center › Affiliate › Affiliate orders › Export): orders credited to the creator who sold them";

    public bool Recognises(IReadOnlyList<string> header) =>
        Find(header, OrderIds) is not null && Find(header, Creators) is not null && Find(header, Amounts) is not null && Find(header, Times) is not null;

    public IEnumerable<PresetRecord> Convert(IRawRecords source, PresetContext context)
    {
        var header = source.Header;
        var orderId = Find(header, OrderIds) ?? OrderIds[0];
        var creatorColumn = Find(header, Creators) ?? Creators[0];
        var amountColumn = Find(header, Amounts) ?? Amounts[0];
        var timeColumn = Find(header, Times) ?? Times[0];
        var orders = new Dictionary<string, Order>(StringComparer.Ordinal);
        var inFileOrder = new List<Order>();
        while (source.Read())
        {
            var line = source.Line;
            if (source.Get(orderId) is not { } id)
            {
                context.Fail(line, orderId, "is required");
                continue;
            }
            if (!orders.TryGetValue(id, out var order))
            {
                orders[id] = order = new Order(id, line);
                inFileOrder.Add(order);
            }
            if (source.Get(StatusColumn) is { } status && NoSale.Contains(status))
            {
                continue;
            }
            var ok = true;
            var creator = source.Get(creatorColumn)?.TrimStart('@');
            if (string.IsNullOrWhiteSpace(creator))
            {
                context.Fail(line, creatorColumn, "is empty; an affiliate order names the creator who sold it");
                ok = false;
            }
            var amount = source.Get(amountColumn);
            if (!TryParseAmount(amount, out var minor))
            {
                context.Fail(line, amountColumn, amount is null ? "is required" : $"'{amount}' is not an amount, e.g. 24.99 or $24.99");
                ok = false;
            }
            var time = source.Get(timeColumn);
            if (!TryParseTime(time, out var atUtc))
            {
                context.Fail(line, timeColumn, time is null ? "is required" : $"'{time}' is not a date and time, e.g. 2026/03/10 14:05:09");
                ok = false;
            }
            var currency = source.Get(CurrencyColumn);
            if (currency is null)
            {
                context.Fail(line, CurrencyColumn, "is required: export the orders with their currency, or add the column (e.g. USD)");
                ok = false;
            }
            else if (order.Currency is { } first && !string.Equals(first, currency, StringComparison.OrdinalIgnoreCase))
            {
                context.Fail(line, CurrencyColumn, $"'{currency}' differs from the order's first row ('{first}')");
                ok = false;
            }
            if (ok)
            {
                order.Add(creator!, minor, atUtc, currency!);
            }
        }
        foreach (var order in inFileOrder.Where(o => o.Rows > 0))
        {
            yield return new PresetRecord(order.Line, new Dictionary<string, string?>
            {
                ["order_id"] = order.Id,
                ["at"] = order.AtUtc.ToString("O", CultureInfo.InvariantCulture),
                ["total"] = Money.Format(order.TotalMinor),
                ["currency"] = order.Currency,
                ["creator"] = order.Creator,
                ["creator_platform"] = Platform.TikTok.ToName(),
            });
        }
    }

    private static string? Find(IReadOnlyList<string> header, string[] names) =>
        names.FirstOrDefault(n => header.Contains(n, StringComparer.OrdinalIgnoreCase));

    /// <summary>An amount as TikTok writes it: a currency symbol or code before or after, thousands commas or a decimal comma.</summary>
    private static bool TryParseAmount(string? text, out long minor)
    {
        minor = 0;
        if (text is null)
        {
            return false;
        }
        var number = text.Trim();
        // "1,234.50": commas beside a decimal point group thousands; a lone comma is a decimal comma ("24,99").
        number = number.Contains('.', StringComparison.Ordinal) ? number.Replace(",", "", StringComparison.Ordinal) : number;
        var start = number.AsSpan().IndexOfAnyInRange('0', '9');
        var end = number.AsSpan().LastIndexOfAnyInRange('0', '9');
        // A currency code or symbol around the digits ("USD 24.99", "RM24.99") is left; letters inside are not.
        // A minus sign is kept for the order rules to refuse (a refund is not an order).
        return start >= 0 && Money.TryParseMinor((number[..start].Contains('-', StringComparison.Ordinal) ? "-" : "") + number[start..(end + 1)], out minor);
    }

    private static bool TryParseTime(string? text, out DateTime utc)
    {
        utc = default;
        if (text is null)
        {
            return false;
        }
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            && text.Contains('T', StringComparison.Ordinal))
        {
            utc = parsed.UtcDateTime;
            return true;
        }
        return false;
    }

    /// <summary>One order's rows that count: their sum, and the creator who sold the larger part (the first on a tie).</summary>
    private sealed class Order(string id, long line)
    {
        private readonly Dictionary<string, long> _byCreator = new(StringComparer.OrdinalIgnoreCase);

        public string Id => id;

        public long Line => line;

        public int Rows { get; private set; }

        public long TotalMinor { get; private set; }

        public DateTime AtUtc { get; private set; }

        public string? Currency { get; private set; }

        public string? Creator => _byCreator.Count == 0 ? null : _byCreator.MaxBy(c => c.Value).Key;

        public void Add(string creator, long minor, DateTime atUtc, string currency)
        {
            _byCreator[creator] = _byCreator.GetValueOrDefault(creator) + minor;
            TotalMinor += minor;
            AtUtc = Rows == 0 || atUtc < AtUtc ? atUtc : AtUtc;
            Currency ??= currency.ToUpperInvariant();
            Rows++;
        }
    }
}
