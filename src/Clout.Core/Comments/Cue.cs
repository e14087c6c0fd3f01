namespace Clout.Core.Comments;

/// <summary>
/// Evidence for a flag: what fired (<see cref="Name"/>, e.g. the phrase "paid to say"), where in the comment
/// (<see cref="Start"/>, <see cref="Length"/> in UTF-16 characters, for highlighting; both 0 for evidence about the
/// whole comment such as a duplicate) and how much it weighs (0..1).
/// </summary>
public readonly record struct Cue(string Name, int Start, int Length, double Weight);
