namespace Clout.Core.Attribution;

/// <summary>The winning signal of an order and the collaboration it credits (null for <see cref="AttributionSource.None"/>).</summary>
public sealed record OrderCredit(AttributionSource Source, long? CollaborationId)
{
    public static OrderCredit None { get; } = new(AttributionSource.None, null);
}
