namespace Clout.Core.Surveys;

/// <summary>
/// One answer, shaped by its question's type: <see cref="Option"/> for single choice (with <see cref="Text"/> for
/// "other"), <see cref="Options"/> for multiple choice, <see cref="Value"/> for scales, <see cref="Text"/> for open text.
/// </summary>
public sealed record SurveyAnswer(string? Option = null, IReadOnlyList<string>? Options = null, int? Value = null, string? Text = null)
{
    /// <summary>What show_if compares: the chosen option ids, or the value as a string.</summary>
    public IEnumerable<string> Keys()
    {
        if (Option is not null)
        {
            yield return Option;
        }
        foreach (var option in Options ?? [])
        {
            yield return option;
        }
        if (Value is { } value)
        {
            yield return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Option is null && (Options is null || Options.Count == 0) && Value is null && string.IsNullOrEmpty(Text);
}
