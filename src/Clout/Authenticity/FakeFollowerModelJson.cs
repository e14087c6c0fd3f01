using System.Text.Json;
using Clout.Core.Authenticity;
using Clout.Presentation;

namespace Clout.Authenticity;

/// <summary>A trained model as a JSON file (`clout audit train` writes it, `clout audit --model` reads it).</summary>
public static class FakeFollowerModelJson
{
    public static string Write(FakeFollowerModel model) => JsonSerializer.Serialize(model, CloutJson.Options);

    /// <summary>The model, or a message that says what is wrong with the file.</summary>
    public static (FakeFollowerModel? Model, string? Problem) Read(string json)
    {
        FakeFollowerModel? model;
        try
        {
            model = JsonSerializer.Deserialize<FakeFollowerModel>(json, CloutJson.Options);
        }
        catch (JsonException e)
        {
            return (null, $"not a Clout model file: {e.Message}");
        }
        if (model is null)
        {
            return (null, "the model file is empty");
        }
        return model.Problem() is { } problem ? (null, problem) : (model, null);
    }
}
