using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Connectors.TikTok;

/// <summary>
/// Where Clout reaches TikTok, bound from "Clout:Connectors:TikTok" (environment variables
/// Clout__Connectors__TikTok__ClientKey…). The client key and secret are needed only to authorise creators, and are
/// checked when that is used.
/// </summary>
public sealed class TikTokOptions
{
    public const string Section = CloutConfiguration.Section + ":Connectors:TikTok";

    /// <summary>TikTok's API (Display API and the token endpoint).</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://open.tiktokapis.com/v2/");

    /// <summary>Login Kit's authorisation page a creator is sent to.</summary>
    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://www.tiktok.com/v2/auth/authorize/");

    /// <summary>The app's client key (TikTok for Developers, the app's page).</summary>
    public string? ClientKey { get; set; }

    /// <summary>The app's client secret; only ever sent to TikTok's token endpoint.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>An access token (it lives a day) is refreshed when it expires within this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = CloutOptions.Between)]
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromHours(2);
}
