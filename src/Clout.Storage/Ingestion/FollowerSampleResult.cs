using Clout.Core.Authenticity;

namespace Clout.Storage.Ingestion;

/// <summary>The profiles of a follower-sample file (and their labels when it is a training file), or what is wrong with it.</summary>
public sealed record FollowerSampleResult(IReadOnlyList<FollowerProfile> Profiles, IReadOnlyList<bool> Labels,
    IReadOnlyList<ImportError> Errors, int ErrorCount)
{
    public bool Succeeded => ErrorCount == 0;

    public IReadOnlyList<LabelledProfile> Labelled() => [.. Profiles.Select((p, i) => new LabelledProfile(p, Labels[i]))];
}
