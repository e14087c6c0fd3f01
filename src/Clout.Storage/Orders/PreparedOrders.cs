namespace Clout.Storage.Orders;

/// <summary>
/// Checked orders with what storing them needs, read before the write transaction: their attribution signals, their
/// customers' keys, and the arrival time they are stored with.
/// </summary>
internal sealed record PreparedOrders(IReadOnlyList<OrderInput> Inputs, AttributionSignals Signals, OrderCustomers Customers, DateTime ReceivedAtUtc);
