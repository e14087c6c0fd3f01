using System.Collections.Concurrent;

namespace Clout.Storage.Surveys;

/// <summary>
/// The live surveys that responses arrived for lately, by public id, each for <see cref="Lifetime"/>: every response
/// needs its survey with the definition parsed and its workspace's survey origins, and under load reading
/// them for each response was a third of the intake's work. What must hold at the moment of the write — the survey
/// still live, its recurrence, the influencer still on the roster — the writer reads again for each batch
/// (<see cref="SurveyResponseWriter"/>). A change made through this process forgets everything at once; one made by
/// another node or the command line is seen within the lifetime. Unknown ids are never remembered, so guessing ids
/// cannot fill the memory.
/// </summary>
public sealed class LiveSurveyMemory(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (PublicSurvey Survey, DateTimeOffset Until)> _surveys = new(StringComparer.Ordinal);

    public PublicSurvey? Find(string publicId) =>
        _surveys.TryGetValue(publicId, out var entry) && entry.Until > clock.GetUtcNow() ? entry.Survey : null;

    public void Remember(PublicSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        _surveys[survey.PublicId] = (survey, clock.GetUtcNow() + Lifetime);
    }

    /// <summary>After any change to a survey or to a workspace's survey settings: surveys are few, so all of them.</summary>
    public void ForgetAll() => _surveys.Clear();
}
