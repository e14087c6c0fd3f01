using Clout.Core.Orders;

namespace Clout.Core.Tests.Orders;

public sealed class OrderProofTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>The example of Shopify's Liquid reference for hmac_sha256: the token must be what the shop's page computes.</summary>
    [Fact]
    public void Token_ShopifyLiquidReferenceExample_SameDigest()
    {
        Assert.Equal("8e0d5d65cff1242a4af66c8f4a32854fd5fb80edcc8aabe9b302b29c7c71dc20", OrderProof.Token("Polina", "Polyjuice"));
    }

    /// <summary>Python's hmac.new(secret.encode(), b"450789469", sha256).hexdigest(), as PHP's hash_hmac gives it: the secret's text is the key.</summary>
    [Fact]
    public void Token_NumericOrderId_KeyIsTheSecretsText()
    {
        Assert.Equal("0ad57bb01e01893c5a185aa9de2cbd11a3b979b2904f8d2b503474f2d2d6b07f", OrderProof.Token(Secret, "450789469"));
    }

    [Fact]
    public void Verify_OnlyThisOrdersTokenUnderThisSecret()
    {
        var token = OrderProof.Token(Secret, "1001");

        Assert.True(OrderProof.Verify(Secret, "1001", token));
        Assert.True(OrderProof.Verify(Secret, "1001", token.ToUpperInvariant()));
        Assert.False(OrderProof.Verify(Secret, "1002", token));
        Assert.False(OrderProof.Verify(Secret.Replace('0', '1'), "1001", token));
        Assert.False(OrderProof.Verify(Secret, "1001", null));
        Assert.False(OrderProof.Verify(Secret, "1001", ""));
        Assert.False(OrderProof.Verify(Secret, "1001", token[..^1]));
        Assert.False(OrderProof.Verify(Secret, "1001", token + "0"));
        Assert.False(OrderProof.Verify(Secret, "1001", token[..^1] + "é"));
    }
}
