using System.Text.Json;
using Clout.Core.Text;

namespace Clout.Webhooks;

/// <summary>
/// Reads the text fields of a shop's webhook payload that Clout uses, and remembers the first one that cannot be stored
/// (not UTF-8, a lone surrogate, NUL) by its path. Only the fields read are checked: text Clout ignores (a note, a line
/// item) never costs the shop its order.
/// </summary>
internal sealed class PayloadFields
{
    /// <summary>The first field that could not be read, with its path ("billing.email is not …"), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The property's text, trimmed (a number as written); null when absent, blank, of another kind or unreadable.</summary>
    public string? Text(JsonElement element, string name, string path)
    {
        if (!JsonText.TryGetProperty(element, name, out var value))
        {
            return null;
        }
        return Value(value, path);
    }

    /// <summary>An element's text as <see cref="Text"/> reads a property's.</summary>
    public string? Value(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }
        if (!JsonText.TryGetString(value, out var text, out var problem))
        {
            Problem ??= problem is null ? null : $"{path} {problem}";
            return null;
        }
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
