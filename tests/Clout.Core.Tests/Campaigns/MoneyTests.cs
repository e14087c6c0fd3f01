using Clout.Core.Campaigns;

namespace Clout.Core.Tests.Campaigns;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1500", 150_000L)]
    [InlineData("1500.5", 150_050L)]
    [InlineData("1500.50", 150_050L)]
    [InlineData("1500,50", 150_050L)]   // a lone comma is a decimal comma
    [InlineData("1500,5", 150_050L)]
    [InlineData("-3", -300L)]           // sign kept; callers decide whether negatives are allowed
    [InlineData("+7", 700L)]
    [InlineData(" 12.34 ", 1_234L)]
    [InlineData("0.01", 1L)]
    [InlineData(".5", 50L)]
    [InlineData("0", 0L)]
    [InlineData("1500.", 150_000L)]
    [InlineData("1.230", 123L)]         // a trailing zero is not a third significant decimal
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    public void TryParseMinor_ValidAmount_ReturnsMinorUnits(string text, long expected)
    {
        Assert.True(Money.TryParseMinor(text, out var minor));
        Assert.Equal(expected, minor);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("12abc")]
    [InlineData("1.234")]                // three decimals: not a whole number of cents
    [InlineData("1,234")]                // read as 1.234, see above; never silently as 1234
    [InlineData("0.001")]
    [InlineData("1,234.56")]             // mixed separators are ambiguous
    [InlineData("1.234,56")]
    [InlineData("1.2.3")]
    [InlineData("1e3")]
    [InlineData("€15")]
    [InlineData("15 EUR")]
    [InlineData("(15)")]
    [InlineData("92233720368547758.08")] // one cent above long.MaxValue
    [InlineData("-92233720368547758.09")]
    public void TryParseMinor_InvalidAmount_ReturnsFalseAndZero(string? text)
    {
        Assert.False(Money.TryParseMinor(text, out var minor));
        Assert.Equal(0, minor);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")] // decimal.MaxValue: ×100 overflows decimal itself
    [InlineData("-79228162514264337593543950335")]
    [InlineData("1000000000000000000000000")]
    public void TryParseMinor_HugeAmount_ReturnsFalseInsteadOfThrowing(string text)
    {
        Assert.False(Money.TryParseMinor(text, out var minor));
        Assert.Equal(0, minor);
    }

    [Theory]
    [InlineData(150_050L, "1500.50")]
    [InlineData(-300L, "-3.00")]
    [InlineData(5L, "0.05")]
    [InlineData(0L, "0.00")]
    [InlineData(123_456_789L, "1234567.89")]
    public void Format_MinorUnits_IsInvariantWithTwoDecimals(long minor, string expected)
    {
        Assert.Equal(expected, Money.Format(minor));
    }

    [Fact]
    public void ToMajor_MinorUnits_DividesByHundredExactly()
    {
        Assert.Equal(1500.5m, Money.ToMajor(150_050));
        Assert.Equal(-0.01m, Money.ToMajor(-1));
    }

    [Theory]
    [InlineData("1500,50")]
    [InlineData("19.99")]
    [InlineData("-3")]
    public void TryParseMinor_FormattedBack_RoundTrips(string text)
    {
        Assert.True(Money.TryParseMinor(text, out var minor));
        Assert.True(Money.TryParseMinor(Money.Format(minor), out var again));
        Assert.Equal(minor, again);
    }
}
