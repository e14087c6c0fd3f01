using Clout.Core.Orders;

namespace Clout.Storage.Surveys;

/// <summary>
/// What the intake checks an answer's order token against: the workspace's order-proof secret in clear (null when none
/// was made yet or it can no longer be read: then nothing verifies) and how long after a verified answer its order may
/// still arrive and be credited by it.
/// </summary>
public sealed record OrderProofCheck(string? Secret, TimeSpan OrderWindow)
{
    /// <summary>No secret: every answer is stored without order proof.</summary>
    public static OrderProofCheck None { get; } = new(null, TimeSpan.Zero);

    /// <summary>Whether the token is this order's under the workspace's secret.</summary>
    public bool Verifies(string? orderId, string? token) =>
        Secret is { Length: > 0 } secret && orderId is { Length: > 0 } && OrderProof.Verify(secret, orderId, token);
}
