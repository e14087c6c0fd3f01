namespace Clout.Core.Surveys;

/// <summary>An influencer as surveys show and match it: "@handle (Name)".</summary>
public sealed record RosterEntry(long InfluencerId, string Handle, string? DisplayName)
{
    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? $"@{Handle.TrimStart('@')}" : $"@{Handle.TrimStart('@')} ({DisplayName})";
}
