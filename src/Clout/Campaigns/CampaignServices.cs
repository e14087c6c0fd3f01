using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Clout.Tracking;

namespace Clout.Campaigns;

public static class CampaignServices
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        // The container calls public constructors only; this one takes the redirect's internal link cache.
        services.AddScoped(s => new CollaborationChanges(s.GetRequiredService<Importer>(), s.GetRequiredService<CampaignStore>(),
            s.GetRequiredService<TrackingLinks>()));
        return services;
    }
}
