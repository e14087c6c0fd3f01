using System.Globalization;
using Clout.Core.Campaigns;

namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// Shopify admin → Orders → Export (CSV). The export has one row per line item: the order's own fields (e-mail,
/// totals, currency, discount code, created at) are on its first row, and the rows after it that carry the same
/// <c>Name</c> hold only their line item. Each order becomes one of Clout's orders under Shopify's numeric order id
/// (the <c>Id</c> column), the id the Shopify webhook stores, so an order seen by both is one order. Refunded and
/// voided orders, and cancelled ones, are left out: they brought no sale to credit.
/// </summary>
internal sealed class ShopifyOrdersPreset : IImportPreset
{
    private const string NameColumn = "Name";
    private const string IdColumn = "Id";
    private const string CreatedColumn = "Created at";
    private const string TotalColumn = "Total";
    private const string CurrencyColumn = "Currency";

    /// <summary>How Shopify writes times in its exports: the shop's local time and its offset (-0500, read as -05:00).</summary>
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm zzz"];

    /// <summary>Financial states of an order whose money went back or never came.</summary>
    private static readonly HashSet<string> NoSale = new(StringComparer.OrdinalIgnoreCase) { "refunded", "voided" };

    private static readonly string[] Required = [NameColumn, IdColumn, CreatedColumn, TotalColumn, CurrencyColumn];

    public string Name => "shopify-orders";

    public ImportKind Kind => ImportKind.Orders;

    public string Description => "Shopify admin → Orders → Export → CSV: one row per line item; orders by Shopify's order id, e-mails hashed";

    public bool Recognises(IReadOnlyList<string> header) =>
        new[] { NameColumn, "Financial Status", "Lineitem quantity", CreatedColumn, TotalColumn }
            .All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));

    public IEnumerable<PresetRecord> Convert(IRawRecords source, PresetContext context)
    {
        var missing = Required.Where(c => !source.Header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            context.Fail(source.HeaderLine, missing[0], $"the Shopify export has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; export the orders again from Shopify admin → Orders → Export");
            yield break;
        }
        ShopifyOrder? order = null;
        while (source.Read())
        {
            var name = source.Get(NameColumn);
            if (name is null)
            {
                context.Fail(source.Line, NameColumn, "is empty: every row of a Shopify export names its order");
                continue;
            }
            if (order is not null && order.Name == name)
            {
                order.Add(source);
                continue;
            }
            if (order?.ToRecord(context) is { } finished)
            {
                yield return finished;
            }
            order = new ShopifyOrder(name, source.Line);
            order.Add(source);
        }
        if (order?.ToRecord(context) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>One order's rows: each of its fields is taken from the first row that has it (Shopify writes it on the first).</summary>
    private sealed class ShopifyOrder(string name, long line)
    {
        private static readonly string[] Read = [IdColumn, "Email", "Financial Status", CurrencyColumn, TotalColumn, "Discount Code", CreatedColumn, "Cancelled at"];

        private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

        public string Name => name;

        public void Add(IRawRecords row)
        {
            foreach (var column in Read)
            {
                if (!_fields.ContainsKey(column) && row.Get(column) is { } value)
                {
                    _fields[column] = value;
                }
            }
        }

        /// <summary>The order in Clout's columns; null when it is left out (no sale) or has an error (reported).</summary>
        public PresetRecord? ToRecord(PresetContext context)
        {
            var id = Field(IdColumn);
            var created = Field(CreatedColumn);
            var total = Field(TotalColumn);
            if (id is null)
            {
                context.Fail(line, IdColumn, $"order {name} has no Id");
                return null;
            }
            if (created is null || !DateTimeOffset.TryParseExact(WithColon(created), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                context.Fail(line, CreatedColumn, created is null
                    ? $"order {name} has no time"
                    : $"'{created}' is not a time as Shopify writes it, e.g. 2024-03-05 14:02:11 -0500");
                return null;
            }
            if (!Money.TryParseMinor(total, out _))
            {
                context.Fail(line, TotalColumn, total is null ? $"order {name} has no total" : $"'{total}' is not an amount");
                return null;
            }
            if (Field("Cancelled at") is not null || (Field("Financial Status") is { } status && NoSale.Contains(status)))
            {
                return null;
            }
            // Shopify separates several codes with commas; Clout's column with semicolons.
            var codes = Field("Discount Code")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new PresetRecord(line, new Dictionary<string, string?>
            {
                ["order_id"] = id,
                ["at"] = at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                ["total"] = total,
                ["currency"] = Field(CurrencyColumn),
                ["discount_codes"] = codes is { Length: > 0 } ? string.Join(';', codes) : null,
                ["email"] = Field("Email"),
            });
        }

        private string? Field(string column) => _fields.GetValueOrDefault(column);

        /// <summary>"-0500" as "-05:00", the offset form .NET's format strings read.</summary>
        private static string WithColon(string time) =>
            time.Length > 5 && time[^5] is '+' or '-' && time[^4..].All(char.IsAsciiDigit) ? $"{time[..^2]}:{time[^2..]}" : time;
    }
}
