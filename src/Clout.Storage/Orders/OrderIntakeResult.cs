namespace Clout.Storage.Orders;

/// <summary>What became of an order handed to <see cref="OrderIntake"/>.</summary>
public enum OrderIntakeOutcome
{
    /// <summary>A new order: stored now.</summary>
    Created,

    /// <summary>An order with this id was stored before; it is returned unchanged.</summary>
    AlreadyStored,

    /// <summary>This webhook delivery was taken in before (a retry); nothing changed.</summary>
    DuplicateDelivery,
}

/// <summary>The outcome and the stored order (null only for a repeated delivery whose order is gone).</summary>
public sealed record OrderIntakeResult(OrderIntakeOutcome Outcome, StoredOrder? Order);
