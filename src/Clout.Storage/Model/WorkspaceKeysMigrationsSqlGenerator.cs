using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations;

namespace Clout.Storage.Model;

/// <summary>
/// A foreign key that carries workspace_id (WorkspaceKeys) and lets go of its row with ON DELETE SET NULL must null only
/// the reference, never workspace_id: PostgreSQL's ON DELETE SET NULL (columns), which EF cannot express on its own.
/// </summary>
#pragma warning disable EF1001 // The Npgsql generator's options type is internal API; this subclass changes one clause only.
internal sealed class WorkspaceKeysMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies,
    Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal.INpgsqlSingletonOptions options)
    : NpgsqlMigrationsSqlGenerator(dependencies, options)
#pragma warning restore EF1001
{
    private const string WorkspaceColumn = "workspace_id";

    protected override void ForeignKeyConstraint(AddForeignKeyOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        if (operation.OnDelete != ReferentialAction.SetNull || operation.Columns.Length < 2 || !operation.Columns.Contains(WorkspaceColumn))
        {
            base.ForeignKeyConstraint(operation, model, builder);
            return;
        }
        operation.OnDelete = ReferentialAction.NoAction;
        try
        {
            base.ForeignKeyConstraint(operation, model, builder);
        }
        finally
        {
            operation.OnDelete = ReferentialAction.SetNull;
        }
        var nulled = operation.Columns.Where(c => c != WorkspaceColumn).Select(c => Dependencies.SqlGenerationHelper.DelimitIdentifier(c));
        builder.Append(" ON DELETE SET NULL (").Append(string.Join(", ", nulled)).Append(")");
    }
}
