using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Connectors.YouTube;

/// <summary>The YouTube Data API v3 connector, bound from "Clout:Connectors:YouTube".</summary>
public sealed class YouTubeOptions
{
    public const string Section = CloutConfiguration.Section + ":Connectors:YouTube";

    /// <summary>The API's address; a test points it at a local server that answers as the API's reference documents.</summary>
    [Required(ErrorMessage = "{0} is required")]
    public Uri BaseUrl { get; set; } = new("https://www.googleapis.com/youtube/v3/");

    /// <summary>
    /// Units a connection may spend per Pacific day. A Google Cloud project gets 10,000 by default, shared by all its
    /// keys; each list call of the sync costs 1. Lower it when several connections share one project.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = CloutOptions.Between)]
    public int DailyQuota { get; set; } = 10_000;
}
