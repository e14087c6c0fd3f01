namespace Clout.Orders;

/// <summary>An order that was not committed (the database failed, the server is stopping): its request must not be answered 2xx.</summary>
public sealed class OrderNotStoredException : Exception
{
    public OrderNotStoredException()
    {
    }

    public OrderNotStoredException(string message)
        : base(message)
    {
    }

    public OrderNotStoredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
