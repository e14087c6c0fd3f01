namespace Clout.Storage.Model;

/// <summary>A tenant: one brand's data. The tier policy lives here so each brand can draw its own lines.</summary>
public sealed class Workspace
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public long MicroFrom { get; set; }
    public long MacroFrom { get; set; }
    public long CelebrityFrom { get; set; }

    /// <summary>How long after a click an order still counts as the click's (days); 7 unless the workspace sets another.</summary>
    public int AttributionWindowDays { get; set; } = 7;

    /// <summary>Shop hosts tracking links may lead to, comma-separated ("shop.example, www.shop.example"); null: any http(s) host.</summary>
    public string? ShopDomains { get; set; }

    /// <summary>Origins whose pages may embed the survey widget (CORS), comma-separated ("https://shop.example"); null: none.</summary>
    public string? SurveyOrigins { get; set; }

    /// <summary>Gross margin as a fraction (0.4 = 40 %), for ROI; null until the brand sets it (no ROI is guessed).</summary>
    public double? GrossMargin { get; set; }

    /// <summary>The Shopify webhook signing secret, encrypted by the app (ASP.NET Core Data Protection); null: webhook off.</summary>
    public string? ShopifySecretProtected { get; set; }

    /// <summary>The WooCommerce webhook secret, encrypted like the Shopify one; null: webhook off.</summary>
    public string? WooCommerceSecretProtected { get; set; }

    /// <summary>
    /// The secret order tokens are made with (32 random bytes as 64 hex characters, the text the shop's page uses as
    /// its HMAC key), encrypted by the app like the Shopify secret; null until first needed.
    /// </summary>
    public string? OrderProofSecretProtected { get; set; }

    /// <summary>Random per-workspace salt for customer e-mail hashes; made on first use.</summary>
    public byte[]? EmailSalt { get; set; }
}
