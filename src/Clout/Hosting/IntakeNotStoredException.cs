namespace Clout.Hosting;

/// <summary>Work a <see cref="GroupCommitQueue{TItem, TResult}"/> did not commit: its request must not be acknowledged.</summary>
public sealed class IntakeNotStoredException : Exception
{
    public IntakeNotStoredException()
    {
    }

    public IntakeNotStoredException(string message)
        : base(message)
    {
    }

    public IntakeNotStoredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
