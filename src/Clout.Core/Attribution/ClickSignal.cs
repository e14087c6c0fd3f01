namespace Clout.Core.Attribution;

/// <summary>A human click that may explain an order: found by the order's clout_ref or by the same visitor.</summary>
public readonly record struct ClickSignal(long ClickId, long CollaborationId, DateTime OccurredAtUtc);
