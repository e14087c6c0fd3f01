using System.Globalization;
using System.Text.Json;

namespace Clout.Core.Text;

/// <summary>
/// <see cref="StoredText"/> for JSON. System.Text.Json parses a document whose strings hold bytes that are not UTF-8
/// or an escaped lone surrogate ("\ud800"), and throws only when such a string is read; these read strings safely
/// and find the first bad one, by path, so that a door answers with the field instead of failing.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// A string element's value, or the problem that keeps it from being stored (not UTF-8, a lone surrogate, NUL).
    /// Any other kind of element is not text: false, with no problem.
    /// </summary>
    public static bool TryGetString(JsonElement element, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        try
        {
            value = element.GetString();
        }
        catch (InvalidOperationException)
        {
            problem = StoredText.NotUnicodeProblem;
            return false;
        }
        problem = StoredText.Problem(value);
        if (problem is not null)
        {
            value = null;
            return false;
        }
        return true;
    }

    /// <summary>
    /// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> that skips property names that are not
    /// Unicode text instead of throwing on them, for a reader that ignores the fields it does not know. Like it, the
    /// last of duplicate properties wins.
    /// </summary>
    public static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        var found = false;
        foreach (var property in element.EnumerateObject())
        {
            try
            {
                if (property.NameEquals(name))
                {
                    value = property.Value;
                    found = true;
                }
            }
            catch (InvalidOperationException)
            {
                // A name that cannot be read is not the name looked for.
            }
        }
        return found;
    }

    /// <summary>
    /// The first property name or string of <paramref name="element"/>, depth first, that cannot be stored, with its
    /// path from <paramref name="path"/> (empty: the element is the body): "email", "customer.email", "codes[2]".
    /// </summary>
    public static TextProblem? FindInvalid(JsonElement element, string path = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TryGetString(element, out _, out var problem) ? null : new TextProblem(Named(path), problem!);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return new TextProblem(Named(path), $"has a property name that {StoredText.NotUnicodeProblem}");
                    }
                    var child = path.Length == 0 ? name : $"{path}.{name}";
                    if (StoredText.Problem(name) is { } nameProblem)
                    {
                        return new TextProblem(Named(path), $"has a property name that {nameProblem}");
                    }
                    if (FindInvalid(property.Value, child) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInvalid(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]")) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// <see cref="FindInvalid(JsonElement, string)"/> over a whole body; null also when the body is not JSON at all,
    /// which the door's own parser reports in its words.
    /// </summary>
    public static TextProblem? FindInvalid(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return FindInvalid(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Named(string path) => path.Length == 0 ? "body" : path;
}
