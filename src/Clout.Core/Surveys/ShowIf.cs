namespace Clout.Core.Surveys;

/// <summary>Branching: the question is shown only when the answer to an earlier question is one of <see cref="AnyOf"/>
/// (option ids, or scale values written as strings).</summary>
public sealed record ShowIf(string Question, IReadOnlyList<string> AnyOf);
