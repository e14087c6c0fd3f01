using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Tracking;

/// <summary>Two collaborations with tracking links, seeded through the importer, and a reader for the stored clicks.</summary>
internal static class TrackingLinkSeed
{
    public const string Code = "mila-spring";
    public const string OffShopCode = "otto-spring";
    public const string ShopDomain = "shop.example";

    private const string InfluencersCsv = """
        handle,platform,display_name,niche,followers,following,country
        mila,instagram,Mila,food,20000,300,de
        otto,tiktok,Otto,travel,50000,120,at
        """;

    private const string CollaborationsCsv = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring Sale,mila,instagram,500,20,0.1,MILA10,mila-spring,https://shop.example/products/tea?color=green#reviews
        Spring Sale,otto,tiktok,800,20,0.1,OTTO10,otto-spring,https://elsewhere.example/landing
        """;

    /// <summary>Seeds the links; with <paramref name="shopDomains"/> the workspace allows only those hosts.</summary>
    public static async Task<WorkspaceInfo> SeedAsync(CloutServer server, string? shopDomains = ShopDomain)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", WebTest.Ct);
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, InfluencersCsv, WebTest.Ct);
        await server.ImportCsvAsync(workspace, ImportKind.Collaborations, CollaborationsCsv, WebTest.Ct);
        await server.InScopeAsync(workspace, services => services.GetRequiredService<CloutDbContext>().Workspaces
            .Where(w => w.Id == workspace.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ShopDomains, shopDomains), WebTest.Ct));
        return workspace;
    }

    public static Task<List<Click>> ClicksAsync(CloutServer server) =>
        server.InScopeAsync(null, services => services.GetRequiredService<CloutDbContext>().Clicks
            .IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync(WebTest.Ct));

    /// <summary>Every value of every column of the clicks table, read with plain SQL: what the database really holds.</summary>
    public static Task<List<string>> StoredClickTextAsync(CloutServer server) =>
        server.InScopeAsync(null, async services =>
        {
            var connection = services.GetRequiredService<CloutDbContext>().Database.GetDbConnection();
            await connection.OpenAsync(WebTest.Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM clicks";
            await using var reader = await command.ExecuteReaderAsync(WebTest.Ct);
            var values = new List<string>();
            while (await reader.ReadAsync(WebTest.Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values.Add(reader.GetValue(i).ToString() ?? "");
                }
            }
            return values;
        });

    public static HttpRequestMessage Request(string code, string? userAgent = Browser, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, $"/r/{code}");
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }
        return request;
    }

    public const string Browser = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1";
}
