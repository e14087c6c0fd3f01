namespace Clout.Core.Comments;

/// <summary>
/// The three weights a cue phrase can carry. A strong cue flags a comment alone; a medium one almost does
/// (0.55 ≥ <see cref="FlagScore.Threshold"/>); a weak one needs company (two weak cues: 1 − 0.7² = 0.51).
/// </summary>
internal static class CueWeights
{
    public const double Strong = 0.8;
    public const double Medium = 0.55;
    public const double Weak = 0.3;
}
