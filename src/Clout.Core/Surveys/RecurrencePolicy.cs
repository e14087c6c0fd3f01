namespace Clout.Core.Surveys;

/// <summary>
/// How often one respondent may answer a survey. Without <see cref="RepeatEveryDays"/> a survey is answered once;
/// with it (e.g. NPS every 90 days) a respondent may answer again once that many days passed since their last
/// answer, at most <see cref="MaxAnswers"/> times (the frequency cap; null: no cap), so trust becomes a trend.
/// </summary>
public sealed record RecurrencePolicy(int? RepeatEveryDays, int? MaxAnswers)
{
    public const int MaxRepeatDays = 3650;

    public static RecurrencePolicy Once { get; } = new(null, null);

    public string? Validate() =>
        RepeatEveryDays is < 1 or > MaxRepeatDays ? $"repeat_every_days must be 1-{MaxRepeatDays}, not {RepeatEveryDays}."
        : MaxAnswers is < 1 ? $"max_answers_per_respondent must be at least 1, not {MaxAnswers}."
        : RepeatEveryDays is null && MaxAnswers is > 1 ? "max_answers_per_respondent above 1 needs repeat_every_days."
        : null;

    /// <summary>
    /// Whether a respondent who answered at <paramref name="previousAnswersUtc"/> may answer now, and which wave
    /// (1 = first answer) the new answer is. The wave makes storage's unique key, so two concurrent answers of one
    /// respondent cannot both be stored.
    /// </summary>
    public RecurrenceDecision Decide(IReadOnlyCollection<DateTime> previousAnswersUtc, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(previousAnswersUtc);
        var count = previousAnswersUtc.Count;
        if (count == 0)
        {
            return new RecurrenceDecision(true, 1, null);
        }
        var cap = RepeatEveryDays is null ? 1 : MaxAnswers;
        if (count >= cap)
        {
            return new RecurrenceDecision(false, count + 1, null);
        }
        var next = previousAnswersUtc.Max().AddDays(RepeatEveryDays!.Value);
        return nowUtc >= next ? new RecurrenceDecision(true, count + 1, null) : new RecurrenceDecision(false, count + 1, next);
    }
}

/// <summary>Allowed or not; the wave number the answer would be; when refused for being too early, when it may come.</summary>
public sealed record RecurrenceDecision(bool Allowed, int Wave, DateTime? NextAllowedAtUtc);
