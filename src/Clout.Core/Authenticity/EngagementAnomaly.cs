namespace Clout.Core.Authenticity;

/// <summary>
/// A pattern in an account's own numbers that bought followers or engagement leave behind. Severity runs from 0
/// (absent) to 1 (as strong as the rule measures); the score takes off Severity × the rule's weight.
/// </summary>
public sealed record EngagementAnomaly(string Rule, string Text, double Severity, double Weight)
{
    public double Points => Math.Clamp(Severity, 0, 1) * Weight;
}
