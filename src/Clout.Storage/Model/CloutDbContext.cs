using System.Linq.Expressions;
using System.Text;
using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Clout.Storage.Model;

/// <summary>
/// The one database model. Every <see cref="IWorkspaceOwned"/> entity gets a query filter on the scope's workspace,
/// so no query can read across tenants unless it says <c>IgnoreQueryFilters()</c> on purpose.
/// Provider-specific subclasses exist only to keep one migration history per provider.
/// It also holds the data-protection key ring (not workspace-owned: one ring for the installation), so that every
/// node and the CLI read the same keys.
/// </summary>
public abstract class CloutDbContext(DbContextOptions options, WorkspaceScope scope) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Read by the query filters on every query, so a context follows its scope.</summary>
    public long CurrentWorkspaceId => scope.WorkspaceId;

    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Influencer> Influencers => Set<Influencer>();
    public DbSet<FollowerSnapshot> FollowerSnapshots => Set<FollowerSnapshot>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Collaboration> Collaborations => Set<Collaboration>();
    public DbSet<UgcPost> UgcPosts => Set<UgcPost>();
    public DbSet<Click> Clicks => Set<Click>();
    public DbSet<VisitorDay> VisitorDays => Set<VisitorDay>();
    public DbSet<ClickDay> ClickDays => Set<ClickDay>();
    public DbSet<VisitorSalt> VisitorSalts => Set<VisitorSalt>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<AudienceAudit> AudienceAudits => Set<AudienceAudit>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<Connection> Connections => Set<Connection>();
    public DbSet<SavedMapping> SavedMappings => Set<SavedMapping>();
    public DbSet<ConnectorInvitation> ConnectorInvitations => Set<ConnectorInvitation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<TrackingLinkCode> LinkCodes => Set<TrackingLinkCode>();
    public DbSet<SurveyPublicId> SurveyPublicIds => Set<SurveyPublicId>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CloutDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            WorkspaceKeys.Apply(modelBuilder.Model);
        }
        if (Database.IsSqlite())
        {
            modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(nameof(SqliteFunctions.Date))!)
                .HasTranslation(args => new SqlFunctionExpression("date", args, nullable: true, argumentsPropagateNullability: [true], typeof(string), null))
                .HasStoreType("TEXT");
            // The visitor-day trigger (migration VisitorDays) is an AFTER trigger, which SQLite's RETURNING cannot be used with.
            modelBuilder.Entity<Click>().ToTable(t => t.UseSqlReturningClause(false));
        }
        else
        {
            ClickConfiguration.Partitioned(modelBuilder.Entity<Click>());
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(IWorkspaceOwned).IsAssignableFrom(entity.ClrType))
            {
                entity.SetQueryFilter(WorkspaceFilter(entity.ClrType));
            }
            // snake_case tables and columns, so that raw SQL and report queries read naturally on both providers.
            entity.SetTableName(SnakeCase(entity.GetTableName() ?? entity.ClrType.Name));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase(index.GetDatabaseName() ?? ""));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Platform>().HaveConversion<PlatformConverter>().HaveMaxLength(16);
        configurationBuilder.Properties<CampaignGoal>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampWorkspace();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampWorkspace();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>New rows take the scope's workspace; a row aimed at another workspace is refused.</summary>
    private void StampWorkspace()
    {
        foreach (var entry in ChangeTracker.Entries<IWorkspaceOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            if (entry.Entity.WorkspaceId == 0)
            {
                entry.Entity.WorkspaceId = CurrentWorkspaceId;
            }
            if (entry.Entity.WorkspaceId == 0 || (CurrentWorkspaceId != 0 && entry.Entity.WorkspaceId != CurrentWorkspaceId))
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} must belong to the current workspace.");
            }
        }
    }

    private LambdaExpression WorkspaceFilter(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var body = Expression.Equal(
            Expression.Property(entity, nameof(IWorkspaceOwned.WorkspaceId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentWorkspaceId)));
        return Expression.Lambda(body, entity);
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
