using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage.Model;

/// <summary>
/// Every stored time is UTC. SQLite keeps no kind and returns "unspecified", which serialises without a "Z" and
/// shifts when something later calls ToUniversalTime; this converter makes both providers return UTC.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => UtcTime.Normalize(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
