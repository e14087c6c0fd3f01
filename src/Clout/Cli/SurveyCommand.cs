using System.CommandLine;
using Clout.Core.Names;
using Clout.Core.Surveys;
using Clout.Storage.Surveys;
using Clout.Surveys;
using Spectre.Console;

namespace Clout.Cli;

/// <summary>
/// `clout survey list` and `clout survey snippet`: the post-purchase snippet carries the workspace's order-proof
/// secret, so it is an owner's tool — whoever may run the CLI on the database is one.
/// </summary>
internal static class SurveyCommand
{
    /// <summary>Printed in the snippet when no --base-url is given, so that a forgotten address is plain to see.</summary>
    public const string PlaceholderBaseUrl = "https://YOUR-CLOUT-HOST";

    public static Command Create()
    {
        var list = new Command("list", "List the workspace's surveys with their ids") { CloutCli.Workspace };
        list.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is null)
            {
                return Cli.InvalidInput;
            }
            var table = new Table().AddColumns("Id", "Public id", "Title", "State", "Responses");
            foreach (var s in await host.Get<SurveyStore>().ListAsync(ct))
            {
                table.AddRow($"{s.Id}", Markup.Escape(s.PublicId), Markup.Escape(s.Title), s.State.ToName(), $"{s.Responses:N0}");
            }
            AnsiConsole.Write(table);
            return Cli.Ok;
        }));
        return new Command("survey", "Surveys: their ids and the post-purchase snippets with order proof") { list, Snippet() };
    }

    /// <summary>`clout survey snippet --survey 3 --shop shopify`: the snippet for the shop's order confirmation, with the secret inside.</summary>
    private static Command Snippet()
    {
        var survey = new Option<long>("--survey") { Description = "The survey's id (clout survey list; the number in the dashboard's /surveys/ID)", Required = true };
        var shop = new Option<string>("--shop") { Description = "shopify or woocommerce", Required = true };
        shop.AcceptOnlyFromAmong([.. OrderProofSnippets.Shops]);
        var baseUrl = new Option<string?>("--base-url") { Description = $"The address buyers reach this Clout at, e.g. https://clout.example.com (default: {PlaceholderBaseUrl}, to replace)" };
        var rotate = new Option<bool>("--rotate-secret")
        {
            Description = "Make a new order-proof secret first: tokens made with the old one stop crediting orders, so paste the new snippet at once",
        };
        var command = new Command("snippet", "Print the post-purchase snippet for the shop's order confirmation, with the workspace's order-proof secret (owner only)")
        {
            CloutCli.Workspace, survey, shop, baseUrl, rotate,
        };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var url = parse.GetValue(baseUrl) is { } given ? OrderProofSnippets.BaseUrl(given) : PlaceholderBaseUrl;
            if (url is null)
            {
                Cli.Error($"--base-url must be an http(s) address without query, quotes or spaces, like https://clout.example.com, not '{parse.GetValue(baseUrl)}'.");
                return Cli.Usage;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            if (await host.Get<SurveyStore>().GetAsync(parse.GetValue(survey), ct) is not { } found)
            {
                Cli.Error($"There is no survey {parse.GetValue(survey)} in workspace '{workspace.Name}'; see clout survey list.");
                return Cli.InvalidInput;
            }
            var secrets = host.Get<OrderProofSecrets>();
            var secret = parse.GetValue(rotate) ? await secrets.RotateAsync(workspace.Id, ct) : await secrets.EnsureAsync(workspace.Id, ct);
            if (secret is null)
            {
                Cli.Error("The workspace's order-proof secret cannot be decrypted (the Data Protection key ring it was made with is gone). Run again with --rotate-secret and paste the new snippet.");
                return Cli.InvalidInput;
            }
            if (parse.GetValue(shop) == OrderProofSnippets.Shopify)
            {
                Console.WriteLine(OrderProofSnippets.ShopifyOrderStatus(url, found.PublicId, secret));
                Console.WriteLine();
                Console.WriteLine(OrderProofSnippets.ShopifyEmail(url, found.PublicId, secret));
                Cli.Info("First: Shopify › Settings › Checkout › Order status page › Additional scripts (legacy order status pages only; upgraded stores no longer run them).");
                Cli.Info("Second: Settings › Notifications › Order confirmation, a link to the survey page. Both compute the token on Shopify's servers; see docs/orders.md.");
            }
            else
            {
                Console.WriteLine(OrderProofSnippets.WooCommerceThankYou(url, found.PublicId, secret));
                Cli.Info("Paste into the theme's functions.php or a code-snippets plugin; send orders to Clout with order_id = the WooCommerce order id ($order->get_id()).");
            }
            Cli.Info($"Order-proof secret of '{workspace.Name}'{(parse.GetValue(rotate) ? " (new)" : "")}: {secret}. It is inside the snippet: paste it only where it runs on the shop's server.");
            if (found.State != SurveyState.Live)
            {
                Cli.Info($"Survey {found.Id} is {found.State.ToName()}: publish it, or the snippet shows nothing.");
            }
            if (url == PlaceholderBaseUrl)
            {
                Cli.Info($"Replace {PlaceholderBaseUrl} with the address buyers reach Clout at, or give it with --base-url.");
            }
            return Cli.Ok;
        }));
        return command;
    }
}
