namespace Clout.Core.Text;

/// <summary>A value that cannot be stored: where it is (a field name or a JSON path such as customer.email) and why.</summary>
public sealed record TextProblem(string Field, string Message);
