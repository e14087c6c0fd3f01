using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Connectors.Instagram;

/// <summary>
/// Where Clout reaches Instagram, bound from "Clout:Connectors:Instagram" (environment variables
/// Clout__Connectors__Instagram__AppId…). Every address is a setting so that tests run the real client against a local
/// server; the app id and secret are needed only to authorise creators, and are checked when that is used.
/// </summary>
public sealed class InstagramOptions
{
    public const string Section = CloutConfiguration.Section + ":Connectors:Instagram";

    /// <summary>The Graph API on Facebook's host, which business discovery (reading other accounts) runs on.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.facebook.com/v25.0/");

    /// <summary>The Graph API on Instagram's host, which a creator's own token (Instagram Login) runs on.</summary>
    [Required]
    public Uri LoginBaseUrl { get; set; } = new("https://graph.instagram.com/v25.0/");

    /// <summary>The authorisation window a creator is sent to.</summary>
    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://www.instagram.com/oauth/authorize");

    /// <summary>Where an authorisation code is exchanged for a short-lived token.</summary>
    [Required]
    public Uri TokenUrl { get; set; } = new("https://api.instagram.com/oauth/access_token");

    /// <summary>The Instagram app id (Meta App Dashboard, Instagram, API setup with Instagram login).</summary>
    public string? AppId { get; set; }

    /// <summary>The Instagram app secret; only ever sent to Instagram's token endpoints.</summary>
    public string? AppSecret { get; set; }

    /// <summary>A long-lived token is refreshed when it expires within this long (it lives 60 days; a refresh needs it to be a day old).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "59.00:00:00", ErrorMessage = CloutOptions.Between)]
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromDays(10);
}
