namespace Clout.Core.Comments;

/// <summary>
/// One flag of a comment: a score in 0..1 and the cues behind it. Cues combine as a noisy OR,
/// score = 1 − Π(1 − weight), so independent pieces of weak evidence add up while one strong cue suffices.
/// </summary>
public sealed record FlagScore(double Score, IReadOnlyList<Cue> Cues)
{
    /// <summary>A comment carries the flag at a score of 0.5 or more.</summary>
    public const double Threshold = 0.5;

    public static readonly FlagScore None = new(0, []);

    public bool IsSet => Score >= Threshold;

    public static FlagScore Of(IReadOnlyList<Cue> cues)
    {
        if (cues.Count == 0)
        {
            return None;
        }

        var miss = 1.0;
        foreach (var cue in cues)
        {
            miss *= 1 - Math.Clamp(cue.Weight, 0, 1);
        }

        return new FlagScore(1 - miss, cues);
    }
}
