using System.Text.Json;

namespace Clout.Reports;

/// <summary>snake_case JSON, as every Clout file and endpoint speaks it.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
    };
}
