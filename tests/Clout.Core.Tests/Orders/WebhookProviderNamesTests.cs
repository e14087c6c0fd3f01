using Clout.Core.Names;
using Clout.Core.Orders;

namespace Clout.Core.Tests.Orders;

public sealed class WebhookProviderNamesTests
{
    /// <summary>The names in the webhook deliveries' provider column (part of its unique index): they must never change.</summary>
    [Theory]
    [InlineData(WebhookProvider.Shopify, "shopify")]
    [InlineData(WebhookProvider.WooCommerce, "woocommerce")]
    public void ToName_EveryWebhookProvider_TheStoredName_AndParsesBack(WebhookProvider value, string name)
    {
        Assert.Equal(name, value.ToName());
        Assert.Equal(value, StoredNames.Parse<WebhookProvider>(name));
    }

    [Fact]
    public void ToName_EveryValue_HasADistinctNameThatFitsTheColumn()
    {
        var names = Enum.GetValues<WebhookProvider>().Select(v => v.ToName()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        // The column is 16 characters wide.
        Assert.All(names, n => Assert.InRange(n.Length, 1, 16));
    }

    [Theory]
    [InlineData("Shopify")]
    [InlineData(" shopify")]
    [InlineData("unknown")]
    [InlineData("")]
    public void Parse_NotAStoredName_ThrowsNamingTheValueAndTheNames(string name)
    {
        var error = Assert.Throws<FormatException>(() => StoredNames.Parse<WebhookProvider>(name));
        Assert.Equal($"'{name}' is not a webhook provider (shopify, woocommerce).", error.Message);
    }

    [Fact]
    public void ToName_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((WebhookProvider)99).ToName());
}
