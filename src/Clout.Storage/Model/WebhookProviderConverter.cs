using Clout.Core.Orders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>Stores webhook senders by their names ("shopify").</summary>
internal sealed class WebhookProviderConverter() : ValueConverter<WebhookProvider, string>(
    v => WebhookProviderNames.ToName(v),
    s => WebhookProviderNames.Parse(s));
