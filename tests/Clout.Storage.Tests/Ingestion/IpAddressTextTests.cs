using Clout.Storage.Ingestion;

namespace Clout.Storage.Tests.Ingestion;

public sealed class IpAddressTextTests
{
    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData(" 203.0.113.9 ")]
    [InlineData("203.0.113.9:443")]
    [InlineData("203.0.113.9.")]
    [InlineData("203.0.113.0/24")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:DB8:0:0:0:0:0:1")]
    [InlineData("[2001:db8::1]")]
    [InlineData("[2001:db8::1]:8080")]
    [InlineData("2001:db8::/32")]
    [InlineData("fe80::1%eth0")]
    [InlineData("[fe80::1%25eth0]:80")]
    [InlineData("::ffff:192.168.1.1")]
    [InlineData("::1")]
    [InlineData("3232235777")]
    [InlineData("0xC0A80101")]
    [InlineData("0xc0.0xa8.0x01.0x01")]
    [InlineData("0300.0250.0001.0001")]
    [InlineData("192.168.257")]
    [InlineData("10.1")]
    public void Read_AnAddressInAnyNotation_IsAnAddress(string text) => Assert.NotNull(IpAddressText.Read(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("visitor-42")]
    [InlineData("12345")]
    [InlineData("99999999999")]
    [InlineData("a3f1c2d4e5b6")]
    [InlineData("GA1.2.1234567890.1612345678")]
    [InlineData("1234567890.1612345678")]
    [InlineData("deadbeef")]
    [InlineData("203.0.113.9:http")]
    [InlineData("[2001:db8::1]x")]
    [InlineData("2001:db8::1/abc")]
    public void Read_AnOpaqueId_IsNotAnAddress(string? text) => Assert.Null(IpAddressText.Read(text));
}
