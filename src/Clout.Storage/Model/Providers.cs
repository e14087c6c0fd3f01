using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Clout.Storage.Model;

/// <summary>The SQLite flavour: its own migration history under Migrations/Sqlite.</summary>
public sealed class SqliteCloutDbContext(DbContextOptions<SqliteCloutDbContext> options, WorkspaceScope scope)
    : CloutDbContext(options, scope);

/// <summary>The PostgreSQL flavour: its own migration history under Migrations/Postgres.</summary>
public sealed class PostgresCloutDbContext(DbContextOptions<PostgresCloutDbContext> options, WorkspaceScope scope)
    : CloutDbContext(options, scope)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IMigrationsSqlGenerator, WorkspaceKeysMigrationsSqlGenerator>();
}

/// <summary>Lets `dotnet ef migrations add X --context SqliteCloutDbContext` run without the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCloutDbContext>
{
    public SqliteCloutDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCloutDbContext>().UseSqlite("Data Source=design.db").Options, new WorkspaceScope());
}

/// <summary>Lets `dotnet ef migrations add X --context PostgresCloutDbContext` run without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCloutDbContext>
{
    public PostgresCloutDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCloutDbContext>().UseNpgsql("Host=localhost;Database=clout_design").Options, new WorkspaceScope());
}
