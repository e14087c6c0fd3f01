using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Clout.Core.Tracking;

/// <summary>
/// A visitor id is HMAC-SHA256 of the client address and user agent under the workspace's salt of the UTC day: the
/// same browser is one visitor all day, a new visitor the next day, and the address itself is never kept. The salts
/// are made, kept for a day and deleted by storage; this is only the hash.
/// </summary>
public static class VisitorHash
{
    /// <summary>Characters of a visitor id (an HMAC-SHA256 in hex): the width of the visitor-id columns, and the most an imported id may have.</summary>
    public const int Length = SHA256.HashSizeInBytes * 2;

    /// <summary>Inputs up to this many bytes are encoded on the stack (a user agent is a few hundred).</summary>
    private const int StackLimit = 2048;

    [ThreadStatic]
    private static (byte[] Salt, IncrementalHash Hmac)? t_hmac;

    public static string Compute(byte[] salt, string? address, string? userAgent)
    {
        ArgumentNullException.ThrowIfNull(salt);
        address ??= "";
        userAgent ??= "";
        // A newline cannot occur in either part, so no two different pairs give the same input.
        var length = Encoding.UTF8.GetMaxByteCount(address.Length + userAgent.Length + 1);
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> input = rented ?? stackalloc byte[StackLimit];
            var written = Encoding.UTF8.GetBytes(address, input);
            input[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(userAgent, input[written..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            var hmac = HmacFor(salt);
            hmac.AppendData(input[..written]);
            hmac.GetHashAndReset(hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// This thread's HMAC keyed with <paramref name="salt"/>: setting up a keyed HMAC costs more than hashing a user
    /// agent, and every redirect hashes one. A new day's salt is a new array, so the key follows it.
    /// </summary>
    private static IncrementalHash HmacFor(byte[] salt)
    {
        if (t_hmac is { } held && ReferenceEquals(held.Salt, salt))
        {
            return held.Hmac;
        }
        t_hmac?.Hmac.Dispose();
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, salt);
        t_hmac = (salt, hmac);
        return hmac;
    }
}
