using System.Text.Json;
using Clout.Core.Names;
using Clout.Core.Surveys;
using Clout.Storage.Surveys;

namespace Clout.Surveys;

/// <summary>`GET /api/v1/public/surveys/{publicId}`: what the widget renders. Texts are data: the renderer escapes them.</summary>
/// <param name="RepeatEveryDays">Null when a respondent answers once; else the days after which they may answer again
/// (the widget shows the survey again then, instead of "already answered").</param>
public sealed record PublicSurveyResponse(string Id, int Version, string Title, string? Intro, string? ThankYou, IReadOnlyList<PublicQuestionResponse> Questions,
    int? RepeatEveryDays)
{
    public static PublicSurveyResponse Of(PublicSurvey survey) =>
        new(survey.PublicId, survey.Version, survey.Definition.Title, survey.Definition.Intro, survey.Definition.ThankYou,
            [.. survey.Definition.Questions.Select(PublicQuestionResponse.Of)], survey.Recurrence.RepeatEveryDays);
}

public sealed record PublicQuestionResponse(
    string Id, string Type, string Text, bool Required, IReadOnlyList<SurveyOption>? Options, bool? AllowOther,
    int? Min, int? Max, string? MinLabel, string? MaxLabel, int? MaxLength, ShowIf? ShowIf)
{
    public static PublicQuestionResponse Of(SurveyQuestion q)
    {
        var (minLabel, maxLabel) = q.Type.DefaultLabels();
        return new(q.Id, q.Type.ToName(), q.Text, q.Required, q.Type.IsChoice() ? q.Options ?? [] : null, q.Type.IsChoice() ? q.AllowOther : null,
            q.Min, q.Max, q.Type.IsScale() ? q.MinLabel ?? minLabel : null, q.Type.IsScale() ? q.MaxLabel ?? maxLabel : null,
            q.Type == QuestionType.OpenText ? q.TextLimit : null, q.ShowIf);
    }
}

/// <summary>
/// `POST /api/v1/public/surveys/{publicId}/responses`. <see cref="Website"/> is the honeypot: people leave it empty.
/// <see cref="OrderToken"/> is the order's token from the shop's page: without it the order id credits nothing.
/// </summary>
public sealed record PublicResponseRequest(int? Version, string? RespondentId, string? OrderId, string? OrderToken, string? Website,
    Dictionary<string, SurveyAnswer?>? Answers);

/// <summary>
/// The body of the 201 that answers a <see cref="PublicResponseRequest"/>: the id of the response as stored, and
/// whether it was taken as proof for its order (<see cref="Verified"/>) or not (<see cref="None"/>: no order id, no
/// token, or a token that is not that order's; which of them is not said).
/// </summary>
public sealed record PublicResponseReceipt(string Id, string OrderCredit)
{
    public const string Verified = "verified";

    public const string None = "none";
}

/// <summary>`POST /api/v1/surveys`: from a template, or from a definition.</summary>
public sealed record CreateSurveyRequest(string? Title, string? Template, JsonElement? Definition, int? RepeatEveryDays, int? MaxAnswersPerRespondent);

/// <summary>`PUT /api/v1/surveys/{id}/schedule`.</summary>
public sealed record SurveyScheduleRequest(int? RepeatEveryDays, int? MaxAnswersPerRespondent);

/// <summary>A row of `GET /api/v1/surveys`.</summary>
public sealed record SurveySummaryResponse(long Id, string PublicId, string Title, string State, int Version, int? LiveVersion, int Responses, DateTime CreatedAtUtc)
{
    public static SurveySummaryResponse Of(SurveySummary s) =>
        new(s.Id, s.PublicId, s.Title, s.State.ToName(), s.Version, s.LiveVersion, s.Responses, s.CreatedAtUtc);
}

public sealed record SurveyDetailResponse(
    long Id, string PublicId, string Title, string State, int Version, int? LiveVersion, int? RepeatEveryDays, int? MaxAnswersPerRespondent,
    int Responses, DateTime CreatedAt, JsonElement Definition)
{
    public static SurveyDetailResponse Of(SurveyDetail s) =>
        new(s.Id, s.PublicId, s.Title, s.State.ToName(), s.Version, s.LiveVersion, s.Recurrence.RepeatEveryDays, s.Recurrence.MaxAnswers, s.Responses, s.CreatedAtUtc,
            JsonSerializer.SerializeToElement(s.Definition, SurveyJson.Options));
}
