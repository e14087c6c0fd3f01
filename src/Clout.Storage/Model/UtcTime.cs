namespace Clout.Storage.Model;

/// <summary>
/// Every time Clout stores or filters by is UTC. A time without a zone (typed by a person, or read back from SQLite)
/// is taken as UTC; a local time is converted.
/// </summary>
public static class UtcTime
{
    public static DateTime Normalize(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static DateTime? Normalize(DateTime? value) => value is { } v ? Normalize(v) : null;
}
