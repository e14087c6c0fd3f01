namespace Clout.Core.Surveys;

/// <summary>
/// One question. Which fields matter depends on <see cref="Type"/>: options and allow_other for choices, end labels
/// for scales (whose range the type fixes), max_length for open text. Questions sharing a <see cref="Construct"/>
/// form a multi-item scale; <see cref="Reverse"/> marks a reverse-keyed item (scored max + min − answer).
/// </summary>
public sealed record SurveyQuestion(
    string Id,
    QuestionType Type,
    string Text,
    bool Required = false,
    IReadOnlyList<SurveyOption>? Options = null,
    bool AllowOther = false,
    string? MinLabel = null,
    string? MaxLabel = null,
    int? MaxLength = null,
    string? Construct = null,
    bool Reverse = false,
    ShowIf? ShowIf = null)
{
    /// <summary>Longest open-text answer a survey may allow.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Longest free text of an "Other" choice: a name or a short phrase.</summary>
    public const int MaxOtherLength = 200;

    public int? Min => Type.Range()?.Min;

    public int? Max => Type.Range()?.Max;

    /// <summary>The limit an open-text answer is held to: the author's, else the product's.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int TextLimit => MaxLength ?? MaxTextLength;

    /// <summary>The options a respondent may pick: the author's, plus "other" when allowed.</summary>
    public bool HasOption(string id) =>
        (AllowOther && id == SurveyOption.OtherId) || (Options?.Any(o => o.Id == id) ?? false);

    /// <summary>The scored value of an answer: reverse-keyed items are mirrored so that high always means more.</summary>
    public double Score(int value) => Reverse && Type.Range() is { } range ? range.Min + range.Max - value : value;
}
