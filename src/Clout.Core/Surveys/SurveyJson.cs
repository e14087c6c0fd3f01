using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clout.Core.Surveys;

/// <summary>
/// The one JSON form of definitions and answers (snake_case, as the contract writes them): what a version and a
/// response store, and what the API reads.
/// </summary>
public static class SurveyJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new QuestionTypeConverter() },
        // A number where a string belongs (or the reverse) is a client error to report, not to coerce.
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Write(SurveyDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <exception cref="JsonException">Not a definition (the message says where).</exception>
    public static SurveyDefinition Read(string json) =>
        JsonSerializer.Deserialize<SurveyDefinition>(json, Options) ?? throw new JsonException("The definition is null.");

    public static string WriteAnswers(IReadOnlyDictionary<string, SurveyAnswer> answers) => JsonSerializer.Serialize(answers, Options);

    public static Dictionary<string, SurveyAnswer> ReadAnswers(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, SurveyAnswer>>(json, Options) ?? [];

    private sealed class QuestionTypeConverter : JsonConverter<QuestionType>
    {
        public override QuestionType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            QuestionTypes.Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null)
            ?? throw new JsonException($"Unknown question type; use one of {string.Join(", ", QuestionTypes.All)}.");

        public override void Write(Utf8JsonWriter writer, QuestionType value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToName());
    }
}
