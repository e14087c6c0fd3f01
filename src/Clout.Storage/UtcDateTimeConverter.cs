using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage;

/// <summary>
/// Every stored time is UTC. SQLite keeps no kind and returns "unspecified", which serialises without a "Z" and
/// shifts when something later calls ToUniversalTime; this converter makes both providers return UTC.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
