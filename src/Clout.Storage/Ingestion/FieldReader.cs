using System.Globalization;
using Clout.Core.Limits;
using Clout.Core.Roster;
using Clout.Core.Text;
using Clout.Core.Tracking;

namespace Clout.Storage.Ingestion;

/// <summary>
/// Typed access to the current record's fields. Every failed conversion is recorded as an error naming the
/// line and the field; callers drop a row that has any.
/// </summary>
internal sealed class FieldReader(ISourceRecords records, List<ImportError> errors)
{
    /// <summary>Identifiers, handles and names longer than this are refused rather than truncated.</summary>
    public const int MaxNameLength = 200;

    private int _errorsAtRowStart;

    public long Line => records.Line;

    /// <summary>Starts a record: its errors count from here, and a CSV record whose field count is not the header's is one.</summary>
    public void BeginRow()
    {
        _errorsAtRowStart = errors.Count;
        if (records is CsvRecords csv && csv.FieldCount != csv.ColumnCount)
        {
            Fail(null, $"has {csv.FieldCount} fields; the header has {csv.ColumnCount}");
        }
    }

    public bool RowHasErrors => errors.Count > _errorsAtRowStart;

    public void Fail(string? field, string message) => errors.Add(new ImportError(Line, field, message));

    public string? Text(string field, int maxLength = MaxNameLength)
    {
        var value = records.Get(field);
        if (StoredText.Problem(value) is { } problem)
        {
            Fail(field, problem);
            return null;
        }
        if (value is not null && value.Length > maxLength)
        {
            Fail(field, string.Create(CultureInfo.InvariantCulture, $"is {value.Length} characters long; at most {maxLength} are allowed"));
            return null;
        }
        return value;
    }

    public string RequiredText(string field, int maxLength = MaxNameLength)
    {
        var value = Text(field, maxLength);
        if (value is null && !RowHasErrorFor(field))
        {
            Fail(field, "is required");
        }
        return value ?? "";
    }

    /// <summary>A handle without its leading @, as platforms show it.</summary>
    public string Handle(string field)
    {
        var value = RequiredText(field, 100);
        return value.StartsWith('@') ? value[1..] : value;
    }

    public Platform Platform(string field)
    {
        var value = records.Get(field);
        if (value is null)
        {
            Fail(field, $"is required ({PlatformNames.All})");
            return default;
        }
        if (!PlatformNames.TryParse(value, out var platform))
        {
            Fail(field, $"'{Clip(value)}' is not a platform; expected one of {PlatformNames.All}");
        }
        return platform;
    }

    public long? OptionalCount(string field)
    {
        var value = records.Get(field);
        if (value is null)
        {
            return null;
        }
        // The sign is accepted here so that "-3" is refused below as negative, not as "not a whole number".
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count))
        {
            // Exports sometimes write counts as 1234.0.
            if (!(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < long.MaxValue))
            {
                Fail(field, $"'{Clip(value)}' is not a whole number");
                return null;
            }
            count = (long)real;
        }
        if (PlausibleLimits.CountProblem(count) is { } problem)
        {
            Fail(field, problem);
            return null;
        }
        return count;
    }

    public long Count(string field, bool required)
    {
        var value = OptionalCount(field);
        if (value is null && required && !RowHasErrorFor(field))
        {
            Fail(field, "is required");
        }
        return value ?? 0;
    }

    /// <summary>A yes/no field whose absence means "not known", not "no".</summary>
    public bool? OptionalFlag(string field) => records.Get(field) is null ? null : Flag(field);

    public bool Flag(string field)
    {
        var value = records.Get(field);
        switch (value?.ToLowerInvariant())
        {
            case null or "false" or "0" or "no" or "n":
                return false;
            case "true" or "1" or "yes" or "y":
                return true;
            default:
                Fail(field, $"'{Clip(value)}' is not true or false");
                return false;
        }
    }

    /// <summary>ISO 8601; a time without an offset is taken as UTC. Returned as a UTC <see cref="DateTime"/>.</summary>
    public DateTime? OptionalTime(string field)
    {
        var value = records.Get(field);
        if (value is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed.UtcDateTime;
        }
        Fail(field, $"'{Clip(value)}' is not a date/time; use ISO 8601, e.g. 2026-03-01T18:30:00Z");
        return null;
    }

    public DateTime Time(string field)
    {
        var value = OptionalTime(field);
        if (value is null && !RowHasErrorFor(field))
        {
            Fail(field, "is required");
        }
        return value ?? default;
    }

    public long Money(string field)
    {
        var value = records.Get(field);
        if (value is null)
        {
            return 0;
        }
        if (!Core.Campaigns.Money.TryParseMinor(value, out var minor))
        {
            Fail(field, $"'{Clip(value)}' is not an amount; use e.g. 1500 or 1500.50");
            return 0;
        }
        if (PlausibleLimits.MoneyProblem(minor) is { } problem)
        {
            Fail(field, problem);
        }
        return minor;
    }

    public long RequiredMoney(string field)
    {
        if (records.Get(field) is null)
        {
            Fail(field, "is required");
            return 0;
        }
        return Money(field);
    }

    /// <summary>An ISO 4217 code, upper-cased ("eur" is EUR).</summary>
    public string Currency(string field)
    {
        var value = records.Get(field);
        if (value is null)
        {
            Fail(field, "is required (an ISO 4217 code such as EUR)");
            return "";
        }
        var normalized = Orders.OrderRules.NormalizeCurrency(value);
        if (!Orders.OrderRules.IsCurrency(normalized))
        {
            Fail(field, $"'{Clip(value)}' is not an ISO 4217 currency code; use three letters, e.g. EUR");
        }
        return normalized;
    }

    /// <summary>
    /// Another tracker's visitor id, kept as given so that one visitor's clicks stay together; an IP address in any
    /// notation is refused, since Clout stores none.
    /// </summary>
    public string? VisitorId(string field)
    {
        var value = Text(field, VisitorHash.Length);
        if (IpAddressText.Read(value) is not null)
        {
            // The address is not repeated: an error message may be logged or shown on, and Clout keeps no address anywhere.
            Fail(field, "is an IP address; Clout stores no IP addresses: send a hash or an opaque id");
            return null;
        }
        return value;
    }

    /// <summary>A fraction 0..1; "12%" is read as 0.12.</summary>
    public double Fraction(string field)
    {
        var value = records.Get(field);
        if (value is null)
        {
            return 0;
        }
        var percent = value.EndsWith('%');
        if (!double.TryParse(percent ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            Fail(field, $"'{Clip(value)}' is not a number");
            return 0;
        }
        var fraction = percent ? number / 100 : number;
        if (fraction is < 0 or > 1)
        {
            Fail(field, $"{value} is outside 0..1 (write 0.1 or 10% for ten percent)");
        }
        return fraction;
    }

    public string? Code(string field)
    {
        var value = Text(field, 64);
        if (value is not null && !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            Fail(field, $"'{Clip(value)}' may hold only letters, digits, '-' and '_'");
        }
        return value;
    }

    public string? Url(string field)
    {
        var value = Text(field, 2048);
        if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            Fail(field, $"'{Clip(value)}' is not an absolute http(s) URL");
        }
        return value;
    }

    public string? Country(string field)
    {
        var value = Text(field, 2);
        if (value is not null && !(value.Length == 2 && value.All(char.IsAsciiLetter)))
        {
            Fail(field, $"'{Clip(value)}' is not a two-letter ISO country code");
        }
        return value?.ToUpperInvariant();
    }

    private bool RowHasErrorFor(string field)
    {
        for (var i = _errorsAtRowStart; i < errors.Count; i++)
        {
            if (errors[i].Field == field)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A value quoted in an error, cut so that a pasted paragraph does not drown the message.</summary>
    internal static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
