namespace Clout.Core.Comments;

/// <summary>The function words VADER's rules look at ("but", "no", "never", "kind of", idiom words).</summary>
internal enum RuleWord : byte
{
    None,
    But, Kind, Of, No, Or, Nor, Never, So, This, Without, Doubt, Least, At, Very, Just, Enough, Sort,
    The, Shit, Bomb, Bad, Ass, Bus, Stop, Yeah, Right, Kiss, Death, To, Die, For, Beating, Heart, Broken,
}
