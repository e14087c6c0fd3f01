using Clout.Core.Surveys;

namespace Clout.Storage.Model;

/// <summary>
/// A survey: its public id (what embeds name, never the database id), its state and its versions' pointers. What it
/// asks lives in <see cref="SurveyVersion"/>s; the live version is the latest published one.
/// </summary>
public sealed class Survey : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }

    /// <summary>Random and URL-safe: guessing another survey's id is as hard as guessing a key.</summary>
    public required string PublicId { get; set; }

    public required string Title { get; set; }

    public required SurveyState State { get; set; }

    /// <summary>The newest version (a draft while edited after publishing).</summary>
    public int LatestVersion { get; set; }

    /// <summary>The version the public endpoints serve: the last one published; null before the first publish.</summary>
    public int? LiveVersion { get; set; }

    /// <summary>Repeat per respondent after this many days (null: answered once).</summary>
    public int? RepeatEveryDays { get; set; }

    /// <summary>Frequency cap: most answers per respondent (null: no cap when repeating).</summary>
    public int? MaxAnswersPerRespondent { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
