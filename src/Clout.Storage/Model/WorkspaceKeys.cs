using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Clout.Storage.Model;

/// <summary>
/// The one place where the providers' keys differ. On PostgreSQL, the model a database distributed by workspace would
/// run (docs/scale-out.md), every workspace-owned table is keyed by (workspace_id, id) and every foreign key between
/// such tables carries workspace_id, so each one can be enforced inside the shard that holds the workspace. SQLite keeps
/// id alone as the key and plain foreign keys: its INTEGER PRIMARY KEY is the rowid (the fastest insert and lookup), it
/// cannot auto-increment one column of a composite key, its ON DELETE SET NULL would null workspace_id along with the
/// reference, and one file is never distributed.
/// </summary>
internal static class WorkspaceKeys
{
    /// <summary>Tables whose keys monthly partitioning decides (a partitioned table's keys carry its partition column).</summary>
    private static readonly HashSet<Type> KeyedElsewhere = [typeof(Click), typeof(VisitorDay)];

    public static void Apply(IMutableModel model)
    {
        var owned = model.GetEntityTypes()
            .Where(e => typeof(IWorkspaceOwned).IsAssignableFrom(e.ClrType) && !KeyedElsewhere.Contains(e.ClrType))
            .ToHashSet();
        var replaced = new List<IMutableKey>();
        foreach (var entity in owned)
        {
            var workspace = WorkspaceId(entity)!;
            var key = entity.FindPrimaryKey()!;
            if (key.Properties.Contains(workspace))
            {
                continue;
            }
            var id = key.Properties.Single();
            entity.SetPrimaryKey([workspace, id]);
            // The identity column stays what it was; only the key around it grows.
            id.ValueGenerated = ValueGenerated.OnAdd;
            id.SetValueGenerationStrategy(Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            if (entity.FindKey(id) is { } old)
            {
                replaced.Add(old);
            }
        }
        foreach (var foreignKey in model.GetEntityTypes().SelectMany(e => e.GetDeclaredForeignKeys()).ToList())
        {
            var dependent = foreignKey.DeclaringEntityType;
            var principal = foreignKey.PrincipalEntityType;
            if (!owned.Contains(principal) || KeyedElsewhere.Contains(dependent.ClrType) || WorkspaceId(dependent) is not { } workspace
                || foreignKey.Properties.Contains(workspace))
            {
                continue;
            }
            var (properties, deleteBehavior) = (foreignKey.Properties.ToList(), foreignKey.DeleteBehavior);
            dependent.RemoveForeignKey(foreignKey);
            dependent.AddForeignKey([workspace, .. properties], principal.FindPrimaryKey()!, principal).DeleteBehavior = deleteBehavior;
        }
        // The old id keys stay only where a table keyed elsewhere still refers to them (clicks to collaborations).
        foreach (var key in replaced.Where(k => !k.GetReferencingForeignKeys().Any()))
        {
            key.DeclaringEntityType.RemoveKey(key);
        }
    }

    private static IMutableProperty? WorkspaceId(IMutableEntityType entity) => entity.FindProperty(nameof(IWorkspaceOwned.WorkspaceId));
}
