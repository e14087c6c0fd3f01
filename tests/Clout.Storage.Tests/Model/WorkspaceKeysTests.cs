using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Clout.Storage.Tests.Model;

/// <summary>
/// The schema is ready to be distributed by workspace (docs/scale-out.md): a distributed database can only enforce a
/// key, a unique constraint or a foreign key inside one shard, so each must include the column the tables are
/// distributed by. Lookups that have no workspace live in small global tables (link codes, survey public ids...).
/// </summary>
public sealed class WorkspaceKeysTests
{
    /// <summary>
    /// Tables whose keys are being reshaped by monthly partitioning at the same time; their primary keys and foreign
    /// keys are decided there (a partitioned table's keys must also include the partition column). Remove an entry
    /// once its table follows the rule.
    /// </summary>
    private static readonly Dictionary<string, string> NotYet = new()
    {
        ["clicks"] = "keys reshaped by monthly partitioning",
        ["visitor_days"] = "keys reshaped by monthly partitioning",
    };

    /// <summary>
    /// Small tables read before any workspace is known, by a key unique across the database; distributed, they would be
    /// reference tables, copied whole to every node (docs/scale-out.md), where any key can be enforced.
    /// </summary>
    private static readonly Dictionary<string, string> Reference = new()
    {
        ["users"] = "sign-in finds a user by e-mail before any workspace is chosen",
        ["sessions"] = "every dashboard request finds its session by its key's hash before the workspace is known",
        ["api_keys"] = "every API request finds its key by prefix before the workspace is known",
        ["connector_invitations"] = "a connector's callback finds its invitation by the secret's hash alone",
    };

    [Fact]
    public void PostgresModel_EveryWorkspaceOwnedTable_KeysUniquesAndForeignKeysCarryWorkspaceId()
    {
        using var db = new PostgresCloutDbContext(
            new DbContextOptionsBuilder<PostgresCloutDbContext>().UseNpgsql("Host=localhost;Database=model_only").Options, new WorkspaceScope());

        var problems = Problems(db.GetService<IDesignTimeModel>().Model, primaryAndForeignKeys: true);

        Assert.True(problems.Count == 0, "the PostgreSQL model breaks the workspace-key rule:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// SQLite keeps its rowid primary keys and plain foreign keys (see WorkspaceKeys): one file is never distributed.
    /// Its unique indexes are the same as PostgreSQL's, and must follow the rule too.
    /// </summary>
    [Fact]
    public void SqliteModel_EveryWorkspaceOwnedTable_UniquesCarryWorkspaceId()
    {
        using var db = new SqliteCloutDbContext(
            new DbContextOptionsBuilder<SqliteCloutDbContext>().UseSqlite("Data Source=:memory:").Options, new WorkspaceScope());

        var problems = Problems(db.GetService<IDesignTimeModel>().Model, primaryAndForeignKeys: false);

        Assert.True(problems.Count == 0, "the SQLite model breaks the workspace-key rule:\n" + string.Join("\n", problems));
    }

    private static List<string> Problems(IModel model, bool primaryAndForeignKeys)
    {
        var problems = new List<string>();
        foreach (var entity in model.GetEntityTypes().Where(Owned))
        {
            var table = entity.GetTableName()!;
            if (primaryAndForeignKeys && !Carries(entity.FindPrimaryKey()!.Properties))
            {
                problems.Add($"{table}: primary key ({Columns(entity.FindPrimaryKey()!.Properties)}) lacks workspace_id");
            }
            // A key that only a table listed in NotYet refers to goes with that table's entry.
            foreach (var key in entity.GetKeys().Where(k => !k.IsPrimaryKey() && !Carries(k.Properties)
                         && !k.GetReferencingForeignKeys().All(f => NotYet.ContainsKey(f.DeclaringEntityType.GetTableName()!))))
            {
                problems.Add($"{table}: unique key ({Columns(key.Properties)}) lacks workspace_id");
            }
            foreach (var index in entity.GetIndexes().Where(i => i.IsUnique && !Carries(i.Properties)))
            {
                problems.Add($"{table}: unique index {index.GetDatabaseName()} ({Columns(index.Properties)}) lacks workspace_id");
            }
            if (!primaryAndForeignKeys)
            {
                continue;
            }
            foreach (var foreignKey in entity.GetForeignKeys().Where(f => Owned(f.PrincipalEntityType)))
            {
                if (!Carries(foreignKey.Properties) || !Carries(foreignKey.PrincipalKey.Properties))
                {
                    problems.Add($"{table}: foreign key ({Columns(foreignKey.Properties)}) -> {foreignKey.PrincipalEntityType.GetTableName()} " +
                        $"({Columns(foreignKey.PrincipalKey.Properties)}) does not carry workspace_id on both sides");
                }
            }
        }
        return problems;
    }

    private static bool Owned(IEntityType entity) =>
        typeof(IWorkspaceOwned).IsAssignableFrom(entity.ClrType) && !NotYet.ContainsKey(entity.GetTableName()!)
        && !Reference.ContainsKey(entity.GetTableName()!);

    private static bool Carries(IReadOnlyList<IProperty> properties) =>
        properties.Any(p => p.Name == nameof(IWorkspaceOwned.WorkspaceId));

    private static string Columns(IReadOnlyList<IProperty> properties) => string.Join(", ", properties.Select(p => p.GetColumnName()));
}
