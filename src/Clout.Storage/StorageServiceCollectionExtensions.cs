using Clout.Storage.Cluster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clout.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite file used when no connection string is given.</summary>
    public const string DefaultConnectionString = "Data Source=clout.db";

    /// <summary>"Host=…" (or "Server=…") names PostgreSQL; anything else is a SQLite connection string.</summary>
    public static DatabaseProvider DetectProvider(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var text = connectionString.TrimStart();
        return text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Server=", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
    }

    /// <summary>
    /// Keeps the data-protection key ring in the database's data_protection_keys table, read through the provider's
    /// own context type (the store needs a concrete one), so that every node and the CLI share one ring.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToCloutDatabase(this IDataProtectionBuilder builder, string connectionString) =>
        DetectProvider(connectionString) == DatabaseProvider.Postgres
            ? builder.PersistKeysToDbContext<PostgresCloutDbContext>()
            : builder.PersistKeysToDbContext<SqliteCloutDbContext>();

    public static IServiceCollection AddCloutStorage(this IServiceCollection services, string connectionString)
    {
        services.AddScoped<WorkspaceScope>();
        if (DetectProvider(connectionString) == DatabaseProvider.Postgres)
        {
            services.AddDbContext<CloutDbContext, PostgresCloutDbContext>(o => o.UseNpgsql(connectionString).AddInterceptors(Sql.StoredTextGuard.Instance),
                optionsLifetime: ServiceLifetime.Singleton);
            services.AddSingleton<Tracking.IClickLog>(_ => new Tracking.PostgresClickLog(connectionString));
            services.AddSingleton<IDataVersion>(_ => new PostgresDataVersion(connectionString));
            services.AddSingleton<IClusterLock>(_ => new PostgresClusterLock(connectionString));
        }
        else
        {
            var sqlite = new SqliteConnectionStringBuilder(connectionString)
            {
                // Writers wait for each other instead of failing at once with "database is locked".
                DefaultTimeout = 30,
                Pooling = true,
            };
            // The options are built once: built per scope (the default) they cost more than the queries of a survey response.
            services.AddDbContext<CloutDbContext, SqliteCloutDbContext>(o => o.UseSqlite(sqlite.ToString()).AddInterceptors(Sql.StoredTextGuard.Instance),
                optionsLifetime: ServiceLifetime.Singleton);
            // Made by the container, so the container closes its connection when the app stops.
            services.AddSingleton<Tracking.IClickLog>(_ => new Tracking.SqliteClickLog(connectionString));
            services.AddSingleton<IDataVersion>(_ => new SqliteDataVersion(connectionString));
            services.AddSingleton<IClusterLock, SingleNodeClusterLock>();
        }
        services.AddScoped<Workspaces.WorkspaceStore>();
        services.AddScoped<Workspaces.WorkspaceSettingsStore>();
        services.AddScoped<Workspaces.ApiKeyStore>();
        services.AddScoped<Workspaces.UserStore>();
        services.AddScoped<Workspaces.SessionStore>();
        services.AddScoped<Orders.OrderIntake>();
        services.AddScoped<Orders.OrderBatchIntake>();
        services.AddScoped<Connections.ConnectionStore>();
        services.AddScoped<Connections.InvitationStore>();
        services.AddScoped<Tracking.ClickWriter>();
        // One memory of user-agent verdicts for the redirect and the clicks import (it reads its crawler list once).
        services.TryAddSingleton<Core.Tracking.UserAgentClassifier>();
        services.AddIngestion();
        services.AddScoped<Tracking.TrackingLinkQuery>();
        services.AddScoped<Tracking.VisitorSaltStore>();
        services.AddScoped<Tracking.ClickPartitions>();
        services.AddScoped<Tracking.ClickRetention>();
        // The reads of one scope: each query is handed the others it builds on, and all share the scope's read cache.
        services.AddScoped<ReadCache>();
        services.AddScoped<CommentRollupQuery>();
        services.AddScoped<RosterQuery>();
        services.AddScoped<TierReportQuery>();
        services.AddScoped<UgcQuery>();
        services.AddSingleton<ReadMemory>();
        services.AddScoped<CachedReads>();
        services.AddScoped<TierReportCache>();
        services.AddScoped<ConversionQuery>();
        services.AddScoped<RepeatPurchaseQuery>();
        services.AddScoped<PostOrderTimingQuery>();
        services.AddScoped<SurveyMetricsQuery>();
        services.AddScoped<InfluencerPostsQuery>();
        services.AddScoped<CampaignEconomicsQuery>();
        services.AddScoped<Planning.PlanCandidatesQuery>();
        services.AddScoped<Campaigns.CampaignReconciliationQuery>();
        services.AddScoped<Engagement.PostQuery>();
        services.AddScoped<Authenticity.AuthenticityQuery>();
        services.AddScoped<Authenticity.AuditStore>();
        services.AddScoped<Engagement.CommentExplorerQuery>();
        services.AddScoped<Campaigns.CampaignStore>();
        services.AddScoped<Campaigns.CampaignActivityQuery>();
        services.AddScoped<Surveys.SurveyStore>();
        services.AddScoped<Surveys.SurveyIntake>();
        services.TryAddSingleton<Surveys.LiveSurveyMemory>();
        services.AddScoped<Surveys.SurveyResponseWriter>();
        services.AddScoped<Surveys.SurveyResultsQuery>();
        return services;
    }
}
