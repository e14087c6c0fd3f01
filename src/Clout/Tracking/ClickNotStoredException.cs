namespace Clout.Tracking;

/// <summary>A click that was not committed: its request must not be answered with the redirect.</summary>
public sealed class ClickNotStoredException : Exception
{
    public ClickNotStoredException()
    {
    }

    public ClickNotStoredException(string message)
        : base(message)
    {
    }

    public ClickNotStoredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
