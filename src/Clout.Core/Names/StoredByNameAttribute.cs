namespace Clout.Core.Names;

/// <summary>
/// Marks an enum whose members are stored, sent and shown by their lower-case names (<see cref="StoredNames"/>):
/// renaming a member renames data in every database, so its names are pinned by tests.
/// </summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class StoredByNameAttribute : Attribute;
