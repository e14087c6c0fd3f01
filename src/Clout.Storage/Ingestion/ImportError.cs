using System.Globalization;

namespace Clout.Storage.Ingestion;

/// <summary>What is wrong, where: the file's line (CSV, JSON Lines) or record number (JSON array) and the field.</summary>
public sealed record ImportError(long Line, string? Field, string Message)
{
    public override string ToString() => Field is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, field '{Field}': {Message}");
}
