using System.Text.Json;

namespace Clout.Presentation;

/// <summary>snake_case JSON, as every Clout file and endpoint speaks it.</summary>
public static class CloutJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
    };
}
