namespace Clout.Core.Roster;

/// <summary>Audience size classes, smallest first, so that tiers sort naturally.</summary>
public enum Tier
{
    Nano,
    Micro,
    Macro,
    Celebrity,
}
