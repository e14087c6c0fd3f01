using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace Clout.Storage.Tracking;

/// <summary>
/// The clout_ref token of a click: the click's time in milliseconds as 12 hex digits, then 96 random bits, URL-safe
/// (28 characters). The time prefix makes new refs sort after old ones, so the unique index on refs grows at its right
/// edge instead of at random places: that index was the largest single cost of storing a click.
/// </summary>
public static class ClickRefs
{
    private const int RandomBytes = 12;

    /// <summary>
    /// Cryptographic, not the app's seeded Random: an order whose landing page carries a ref is credited to that
    /// click's influencer, so refs must not be guessable.
    /// </summary>
    public static string New(DateTime occurredAtUtc)
    {
        Span<byte> bytes = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(bytes);
        var milliseconds = (long)(occurredAtUtc - DateTime.UnixEpoch).TotalMilliseconds;
        return milliseconds.ToString("x12", CultureInfo.InvariantCulture) + Base64Url.EncodeToString(bytes);
    }
}
