namespace Clout.Core.Roster;

/// <summary>
/// Where a workspace draws the lines between tiers. Lower bounds are inclusive:
/// with the defaults, 10,000 followers is micro and 9,999 is nano.
/// </summary>
public sealed record TierPolicy(long MicroFrom, long MacroFrom, long CelebrityFrom)
{
    /// <summary>The industry's common cut-offs: nano &lt; 10k ≤ micro &lt; 100k ≤ macro &lt; 1M ≤ celebrity.</summary>
    public static TierPolicy Default { get; } = new(10_000, 100_000, 1_000_000);

    public Tier Classify(long followers) =>
        followers >= CelebrityFrom ? Tier.Celebrity
        : followers >= MacroFrom ? Tier.Macro
        : followers >= MicroFrom ? Tier.Micro
        : Tier.Nano;

    /// <summary>Returns the reason the policy is unusable, or null when it is sound.</summary>
    public string? Validate() =>
        MicroFrom <= 0 ? "the micro threshold must be above 0"
        : MacroFrom <= MicroFrom ? "the macro threshold must be above the micro threshold"
        : CelebrityFrom <= MacroFrom ? "the celebrity threshold must be above the macro threshold"
        : CelebrityFrom > Limits.PlausibleLimits.MaxCount ? $"the celebrity threshold must be at most {Limits.PlausibleLimits.MaxCount:N0} followers, more than any real account has"
        : null;
}
