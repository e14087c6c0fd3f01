using System.Net;
using System.Text;
using Clout.Core.Access;
using Clout.Core.Orders;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Storage.Workspaces;
using Clout.Surveys;
using Clout.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Browser.Tests.Surveys;

/// <summary>
/// Clout on a SQLite file with one workspace (two influencers, an analyst), and a shop: another web server on another
/// port, whose order confirmation page embeds a survey with the one-line snippet. The shop's origin is allowed.
/// </summary>
public sealed class SurveySite : IAsyncLifetime
{
    public const string Email = "ana@acme.test";
    public const string Password = "correct horse battery";

    private TestDatabase _database = null!;
    private WebApplication? _shop;

    public CloutServer Server { get; private set; } = null!;

    public WorkspaceInfo Workspace { get; private set; } = null!;

    /// <summary>A second workspace with twelve influencers: more than the post-purchase survey lists as radios.</summary>
    public WorkspaceInfo LargeRoster { get; private set; } = null!;

    /// <summary>The influencers of <see cref="LargeRoster"/>: "creator01" … "creator11" and "lena_bakes" (Lena Roth).</summary>
    public const int LargeRosterSize = 12;

    /// <summary>The shop's origin, e.g. http://127.0.0.1:40125.</summary>
    public string ShopOrigin { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Server = await CloutServer.StartAsync(_database.ConnectionString, ct);
        Workspace = await Server.CreateWorkspaceAsync("acme", ct);
        await Server.ImportCsvAsync(Workspace, ImportKind.Influencers,
            "handle,platform,followers,display_name\nmila,instagram,20000,Mila Rossi\nbigstar,instagram,2500000,Big Star\n", ct);
        await Server.CreateUserAsync(Workspace, Email, Password, Role.Analyst, ct);
        LargeRoster = await Server.CreateWorkspaceAsync("bigshop", ct);
        await Server.ImportCsvAsync(LargeRoster, ImportKind.Influencers, "handle,platform,followers,display_name\n"
            + string.Concat(Enumerable.Range(1, LargeRosterSize - 1).Select(i => $"creator{i:D2},instagram,{i * 10_000},\n"))
            + "lena_bakes,tiktok,30000,Lena Roth\n", ct);
        _shop = await ShopAsync(Server.Address, ct);
        ShopOrigin = new Uri(_shop.Urls.First()).GetLeftPart(UriPartial.Authority);
        await Server.InScopeAsync(Workspace, services =>
            services.GetRequiredService<WorkspaceSettingsStore>().SetSurveyOriginsAsync(Workspace.Id, ShopOrigin, ct));
    }

    /// <summary>A live survey from a template (in <see cref="Workspace"/> unless another is given); returns its database id and public id.</summary>
    public Task<(long Id, string PublicId)> LiveSurveyAsync(string template, CancellationToken cancellationToken, WorkspaceInfo? workspace = null) =>
        Server.InScopeAsync(workspace ?? Workspace, async services =>
        {
            var store = services.GetRequiredService<SurveyStore>();
            var created = await store.CreateAsync(null, template, null, null, cancellationToken);
            await store.PublishAsync(created.Id, cancellationToken);
            return (created.Id, created.PublicId);
        });

    /// <summary>The shop's order confirmation page for order <paramref name="orderId"/>, with the survey embedded (and the order's token, when given).</summary>
    public string ShopPage(string publicId, string orderId, string? token = null) =>
        $"{ShopOrigin}/thanks?survey={Uri.EscapeDataString(publicId)}&order={Uri.EscapeDataString(orderId)}&token={Uri.EscapeDataString(token ?? "")}";

    /// <summary>The order's token as the shop's server makes it, from the workspace's order-proof secret.</summary>
    public Task<string> OrderTokenAsync(string orderId, CancellationToken cancellationToken) =>
        Server.InScopeAsync(Workspace, async services =>
            OrderProof.Token((await services.GetRequiredService<OrderProofSecrets>().EnsureAsync(Workspace.Id, cancellationToken))!, orderId));

    public async ValueTask DisposeAsync()
    {
        if (_shop is not null)
        {
            await _shop.DisposeAsync();
        }
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>The shop: a static page that loads the widget from Clout's origin, as a merchant would paste it.</summary>
    private static async Task<WebApplication> ShopAsync(Uri clout, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var shop = builder.Build();
        shop.MapGet("/thanks", (string survey, string order, string? token) => Results.Content($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Order confirmed</title><link rel="icon" href="data:,"></head>
            <body><h1>Thank you for your order</h1>
            <script src="{clout}widget.js" data-survey="{WebUtility.HtmlEncode(survey)}" data-order-id="{WebUtility.HtmlEncode(order)}"{(string.IsNullOrEmpty(token) ? "" : $" data-order-token=\"{WebUtility.HtmlEncode(token)}\"")} async></script>
            </body></html>
            """, "text/html", Encoding.UTF8));
        await shop.StartAsync(cancellationToken);
        return shop;
    }
}
