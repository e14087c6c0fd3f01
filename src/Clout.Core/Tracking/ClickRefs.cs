using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace Clout.Core.Tracking;

/// <summary>
/// The clout_ref token of a click: the click's time in milliseconds as 12 hex digits, then 96 random bits, URL-safe
/// (28 characters). The time prefix makes new refs sort after old ones, so the unique index on refs grows at its right
/// edge instead of at random places: that index was the largest single cost of storing a click.
/// </summary>
public static class ClickRefs
{
    private const int RandomBytes = 12;
    private const int TimeDigits = 12;

    /// <summary>Characters of a ref: 12 hex digits of time, then 16 base64url characters of 12 random bytes.</summary>
    public const int Length = TimeDigits + (RandomBytes / 3 * 4);

    /// <summary>
    /// Cryptographic, not the app's seeded Random: an order whose landing page carries a ref is credited to that
    /// click's influencer, so refs must not be guessable.
    /// </summary>
    public static string New(DateTime occurredAtUtc)
    {
        var milliseconds = (long)(occurredAtUtc - DateTime.UnixEpoch).TotalMilliseconds;
        return string.Create(Length, milliseconds, static (text, milliseconds) =>
        {
            milliseconds.TryFormat(text, out _, "x12", CultureInfo.InvariantCulture);
            Span<byte> bytes = stackalloc byte[RandomBytes];
            RandomNumberGenerator.Fill(bytes);
            Base64Url.EncodeToChars(bytes, text[TimeDigits..]);
        });
    }
}
