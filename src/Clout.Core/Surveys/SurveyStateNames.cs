namespace Clout.Core.Surveys;

/// <summary>
/// The names survey states are stored and shown under ("draft", "live", "closed"): the surveys' state column, the
/// API's JSON and the pages (as text and in their state-… CSS classes) use them, so they never change.
/// </summary>
public static class SurveyStateNames
{
    public static string ToName(this SurveyState state) => state switch
    {
        SurveyState.Draft => "draft",
        SurveyState.Live => "live",
        SurveyState.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a survey state."),
    };

    /// <summary>Parses a stored name (exactly as <see cref="ToName"/> writes it).</summary>
    public static SurveyState Parse(string name) => name switch
    {
        "draft" => SurveyState.Draft,
        "live" => SurveyState.Live,
        "closed" => SurveyState.Closed,
        _ => throw new FormatException($"'{name}' is not a survey state (draft, live, closed)."),
    };
}
