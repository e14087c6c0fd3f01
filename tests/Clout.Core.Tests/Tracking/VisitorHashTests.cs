using System.Security.Cryptography;
using System.Text;
using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class VisitorHashTests
{
    private const string Address = "203.0.113.7";
    private const string Browser = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1";

    [Fact]
    public void Hash_IsHmacSha256OfAddressNewlineUserAgent_ForShortAndVeryLongInputs_AndFollowsTheSalt()
    {
        var salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var otherSalt = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray();
        // The long one passes the stack buffer and is encoded in a rented array; ü is two bytes in UTF-8.
        foreach (var userAgent in new[] { Browser, new string('ü', 3_000) + "end", "" })
        {
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"{Address}\n{userAgent}")));
            Assert.Equal(expected, VisitorHash.Compute(salt, Address, userAgent));
            // The same again: the thread's HMAC is reused and must start clean.
            Assert.Equal(expected, VisitorHash.Compute(salt, Address, userAgent));
            Assert.NotEqual(expected, VisitorHash.Compute(otherSalt, Address, userAgent));
        }
        Assert.Equal(VisitorHash.Compute(salt, "", ""), VisitorHash.Compute(salt, null, null));
    }

    [Fact]
    public void Compute_AnyInput_IsLengthLowerHexCharacters()
    {
        var id = VisitorHash.Compute(new byte[32], Address, Browser);

        Assert.Equal(64, VisitorHash.Length);
        Assert.Equal(VisitorHash.Length, id.Length);
        Assert.All(id, c => Assert.True(char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c), $"'{c}' is not lower-case hex"));
    }

    [Fact]
    public void Compute_AddressAndUserAgentSwappedAcrossTheNewline_DifferentIds()
    {
        var salt = new byte[32];

        Assert.NotEqual(VisitorHash.Compute(salt, "a", "b c"), VisitorHash.Compute(salt, "a b", "c"));
    }
}
