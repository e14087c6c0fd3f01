using Clout.Core.Names;
using Clout.Core.Orders;

namespace Clout.Core.Tests.Orders;

public sealed class OrderChannelNamesTests
{
    /// <summary>The names in the orders' channel column and the API's JSON: they must never change.</summary>
    [Theory]
    [InlineData(OrderChannel.Api, "api")]
    [InlineData(OrderChannel.Import, "import")]
    [InlineData(OrderChannel.Shopify, "shopify")]
    [InlineData(OrderChannel.WooCommerce, "woocommerce")]
    public void ToName_EveryOrderChannel_TheStoredName_AndParsesBack(OrderChannel value, string name)
    {
        Assert.Equal(name, value.ToName());
        Assert.Equal(value, StoredNames.Parse<OrderChannel>(name));
    }

    [Fact]
    public void ToName_EveryValue_HasADistinctNameThatFitsTheColumn()
    {
        var names = Enum.GetValues<OrderChannel>().Select(v => v.ToName()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        // The column is 16 characters wide.
        Assert.All(names, n => Assert.InRange(n.Length, 1, 16));
    }

    [Theory]
    [InlineData("Api")]
    [InlineData(" api")]
    [InlineData("unknown")]
    [InlineData("")]
    public void Parse_NotAStoredName_ThrowsNamingTheValueAndTheNames(string name)
    {
        var error = Assert.Throws<FormatException>(() => StoredNames.Parse<OrderChannel>(name));
        Assert.Equal($"'{name}' is not an order channel (api, import, shopify, woocommerce).", error.Message);
    }

    [Fact]
    public void ToName_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((OrderChannel)99).ToName());
}
