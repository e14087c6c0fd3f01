using System.Buffers.Text;
using System.Security.Cryptography;

namespace Clout.Tracking;

/// <summary>The clout_ref token of a click: 128 random bits, URL-safe (22 characters).</summary>
internal static class ClickRefs
{
    private const int Bytes = 16;

    /// <summary>
    /// Cryptographic, not the app's seeded Random: an order whose landing page carries a ref is credited to that
    /// click's influencer, so refs must not be guessable.
    /// </summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Bytes];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }
}
