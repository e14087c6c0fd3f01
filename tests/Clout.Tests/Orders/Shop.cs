using System.Data.Common;
using System.Net.Http.Headers;
using System.Text;
using Clout.Core.Orders;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Orders;

/// <summary>
/// A brand on a running server: workspace "brand" with an API key and two collaborations — mila (promo MILA10,
/// link mila-spring) and noor (promo NOOR15, link noor-spring) — plus helpers to add clicks, sign webhooks and count.
/// </summary>
internal sealed class Shop
{
    public static readonly DateTime OrderAt = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    private Shop(CloutServer server, WorkspaceInfo workspace, string apiKey)
    {
        Server = server;
        Workspace = workspace;
        ApiKey = apiKey;
    }

    public CloutServer Server { get; }

    public WorkspaceInfo Workspace { get; }

    public string ApiKey { get; }

    public long Mila { get; private set; }

    public long Noor { get; private set; }

    public static async Task<Shop> CreateAsync(CloutServer server, string name = "brand")
    {
        var ct = WebTest.Ct;
        var workspace = await server.CreateWorkspaceAsync(name, ct);
        var shop = new Shop(server, workspace, await server.CreateApiKeyAsync(workspace, ct));
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, "handle,platform,followers\nmila,instagram,40000\nnoor,instagram,2000000", ct);
        var prefix = name == "brand" ? "" : name + "-";
        await server.ImportCsvAsync(workspace, ImportKind.Collaborations,
            $"campaign,influencer_handle,platform,fee,promo_code,link_code\nspring,mila,instagram,500,MILA10,{prefix}mila-spring\nspring,noor,instagram,20000,NOOR15,{prefix}noor-spring", ct);
        var ids = await server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Collaborations.ToDictionaryAsync(c => c.LinkCode!, c => c.Id, ct));
        shop.Mila = ids[prefix + "mila-spring"];
        shop.Noor = ids[prefix + "noor-spring"];
        return shop;
    }

    public HttpClient Client() => Server.CreateClient(ApiKey);

    /// <summary>Stores a click as the redirect would have (that endpoint is another feature's); returns its id.</summary>
    public Task<long> AddClickAsync(long collaborationId, string reference, DateTime atUtc, ClickKind kind = ClickKind.Human) =>
        Server.InScopeAsync(Workspace, async s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            var click = new Click { CollaborationId = collaborationId, Ref = reference, OccurredAtUtc = atUtc, VisitorId = "v-" + reference, Kind = kind };
            db.Clicks.Add(click);
            await db.SaveChangesAsync(WebTest.Ct);
            return click.Id;
        });

    /// <summary>Stores the workspace's Shopify secret as `clout workspace shopify` does.</summary>
    public Task SetShopifySecretAsync(string secret) => SetWebhookSecretAsync(WebhookProvider.Shopify, secret);

    /// <summary>Stores the workspace's WooCommerce secret as `clout workspace woocommerce` does.</summary>
    public Task SetWooCommerceSecretAsync(string secret) => SetWebhookSecretAsync(WebhookProvider.WooCommerce, secret);

    private Task<bool> SetWebhookSecretAsync(WebhookProvider shop, string secret) =>
        Server.InScopeAsync(Workspace, async s =>
        {
            var protectedSecret = s.GetRequiredService<WebhookSecrets>().Protect(shop, secret);
            await s.GetRequiredService<WorkspaceSettingsStore>().SetWebhookSecretAsync(Workspace.Id, shop, protectedSecret, WebTest.Ct);
            return true;
        });

    public static HttpRequestMessage Webhook(string workspace, string body, string? signature, string? webhookId = null, string topic = "orders/create")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/shopify/{workspace}")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (signature is not null)
        {
            request.Headers.Add(WebhookSignature.ShopifyHeader, signature);
        }
        request.Headers.Add("X-Shopify-Topic", topic);
        request.Headers.Add("X-Shopify-Shop-Domain", "brand.myshopify.com");
        if (webhookId is not null)
        {
            request.Headers.Add("X-Shopify-Webhook-Id", webhookId);
        }
        return request;
    }

    /// <summary>A trimmed but real-shaped orders/create payload.</summary>
    public static string ShopifyOrder(long id, string total = "49.90", string codes = "", string landingSite = "/", string email = "ana.buyer@example.com") => $$"""
        {"id":{{id}},"admin_graphql_api_id":"gid://shopify/Order/{{id}}","name":"#{{id % 10_000}}","email":"{{email}}",
         "created_at":"2026-03-10T13:00:00+01:00","currency":"EUR","presentment_currency":"EUR","total_price":"{{total}}",
         "subtotal_price":"{{total}}","total_tax":"0.00","browser_ip":"203.0.113.7","landing_site":"{{landingSite}}",
         "referring_site":"https://l.instagram.com/","discount_codes":[{{codes}}],
         "customer":{"id":{{id + 1}},"email":"{{email}}","first_name":"Ana","last_name":"Buyer"},
         "line_items":[{"id":1,"title":"Mug","quantity":1,"price":"{{total}}"}]}
        """;

    public Task<int> OrderCountAsync() =>
        Server.InScopeAsync(Workspace, s => s.GetRequiredService<CloutDbContext>().Orders.CountAsync(WebTest.Ct));

    /// <summary>Every value of every table, as text: for proving what is never stored.</summary>
    public Task<List<string>> AllStoredTextAsync() =>
        Server.InScopeAsync(Workspace, async s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            var values = new List<string>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(WebTest.Ct);
            foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct())
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table}";
                await using DbDataReader reader = await command.ExecuteReaderAsync(WebTest.Ct);
                while (await reader.ReadAsync(WebTest.Ct))
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        var value = reader.GetValue(i);
                        values.Add(value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value.ToString() ?? "");
                    }
                }
            }
            return values;
        });
}
