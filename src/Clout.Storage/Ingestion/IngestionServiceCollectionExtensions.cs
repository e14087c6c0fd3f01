using Clout.Storage.Ingestion.Kinds;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Storage.Ingestion;

internal static class IngestionServiceCollectionExtensions
{
    /// <summary>The importer, the pipeline and one importer per kind of file, per scope like the context they write with.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddScoped<ImportPipeline>();
        services.AddScoped<ImportReferences>();
        services.AddScoped<SavedMappingStore>();
        services.AddScoped<InfluencerImporter>();
        services.AddScoped<PostImporter>();
        services.AddScoped<CommentImporter>();
        services.AddScoped<FollowerImporter>();
        services.AddScoped<CollaborationImporter>();
        services.AddScoped<OrderImporter>();
        services.AddScoped<ClickImporter>();
        services.AddScoped<UgcCrediting>();
        services.AddScoped<UgcImporter>();
        // The container calls public constructors only; the importer's takes the internal kinds.
        services.AddScoped(s => new Importer(s.GetRequiredService<ImportPipeline>(), s.GetRequiredService<InfluencerImporter>(),
            s.GetRequiredService<PostImporter>(), s.GetRequiredService<CommentImporter>(), s.GetRequiredService<FollowerImporter>(),
            s.GetRequiredService<CollaborationImporter>(), s.GetRequiredService<OrderImporter>(), s.GetRequiredService<ClickImporter>(),
            s.GetRequiredService<UgcImporter>()));
        return services;
    }
}
