namespace Clout.Webhooks;

/// <summary>What the Shopify webhook answers: created, already_stored, duplicate_delivery or ignored (another topic).</summary>
public sealed record WebhookResponse(string Outcome, string? OrderId, string? AttributionSource);
