using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Clout.Storage.Ingestion;

/// <summary>
/// Whether a text is an IP address in any notation a tool may export one in: IPv4 and IPv6, bracketed, with a port, a
/// CIDR suffix, a zone id or a trailing dot, IPv4-mapped IPv6, and the numeric IPv4 forms resolvers accept
/// ("3232235777", "0xC0A80101", "0300.0250.1.1", "192.168.257").
/// </summary>
internal static class IpAddressText
{
    /// <summary>The address <paramref name="text"/> reads as, or null when it is not one.</summary>
    public static IPAddress? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var value = text.Trim();
        // "[v6]" and "[v6]:port"
        if (value.StartsWith('[') && value.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            var after = value[(close + 1)..];
            if (after.Length > 0 && !(after[0] == ':' && IsDigits(after[1..])))
            {
                return null;
            }
            value = value[1..close];
        }
        // "a.b.c.d:port": a single colon, so not IPv6.
        else if (value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && value.LastIndexOf(':') == colon && IsDigits(value[(colon + 1)..]))
        {
            value = value[..colon];
        }
        if (value.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 && IsDigits(value[(slash + 1)..]))
        {
            value = value[..slash];
        }
        if (value.IndexOf('%', StringComparison.Ordinal) is var zone and > 0)
        {
            value = value[..zone];
        }
        value = value.TrimEnd('.');
        if (value.Length == 0 || !IPAddress.TryParse(value, out var address))
        {
            return null;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6 || value.Count(c => c == '.') == 3)
        {
            return address;
        }
        // A short numeric form ("3232235777", "0xC0A80101", "10.1"). Small numbers read as 0.x.x.x, which is never a
        // client's address, so an id such as "12345" stays an id; from 1.0.0.0 on a number is taken for an address.
        return address.GetAddressBytes()[0] != 0 ? address : null;
    }

    private static bool IsDigits(string text) =>
        text.Length is > 0 and <= 5 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) <= ushort.MaxValue;
}
