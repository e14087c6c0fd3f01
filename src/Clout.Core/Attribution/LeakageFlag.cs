namespace Clout.Core.Attribution;

/// <summary>One suspicion about one code order, with the reason in words a marketer can check.</summary>
public sealed record LeakageFlag(string OrderId, long CollaborationId, LeakageKind Kind, string Reason);
