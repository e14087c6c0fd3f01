namespace Clout.Core.Roster;

public static class TierNames
{
    public static string ToName(this Tier tier) => tier switch
    {
        Tier.Nano => "nano",
        Tier.Micro => "micro",
        Tier.Macro => "macro",
        _ => "celebrity",
    };

    public static bool TryParse(string? text, out Tier tier)
    {
        foreach (var candidate in Enum.GetValues<Tier>())
        {
            if (string.Equals(candidate.ToName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                tier = candidate;
                return true;
            }
        }
        tier = default;
        return false;
    }
}
