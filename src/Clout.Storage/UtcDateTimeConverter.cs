using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Clout.Storage;

/// <summary>
/// Every stored time is UTC. SQLite keeps no kind, so times read back would be Unspecified and serialize
/// without their "Z"; this marks them UTC again. A local time on the way in is converted, an unmarked one is taken as UTC.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
