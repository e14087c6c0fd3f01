using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Webhooks;

/// <summary>Settings of the shops' webhooks, bound from the "Clout:Webhooks" configuration section (Clout__Webhooks__DeliveriesPerMinute).</summary>
public sealed class WebhookOptions
{
    public const string Section = CloutConfiguration.Section + ":Webhooks";

    /// <summary>Deliveries per client address and minute: a flash sale's burst from a shop's senders, not a flood.</summary>
    [Range(1, 10_000_000, ErrorMessage = CloutOptions.Between)]
    public int DeliveriesPerMinute { get; set; } = 6_000;
}
