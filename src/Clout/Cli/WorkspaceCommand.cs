using System.CommandLine;
using System.Globalization;
using Clout.Core.Roster;
using Clout.Storage.Workspaces;
using Clout.Webhooks;
using Clout.Workspaces;
using Spectre.Console;

namespace Clout.Cli;

internal static class WorkspaceCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Lower-case letters, digits and dashes" };
        var create = new Command("create", "Create a workspace") { name };
        create.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            var workspace = await host.Get<WorkspaceStore>().CreateAsync(parse.GetValue(name)!, ct);
            Console.WriteLine(workspace.Name);
            return Cli.Ok;
        }));
        var list = new Command("list", "List the workspaces");
        list.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            var table = new Table().AddColumns("Workspace", "micro from", "macro from", "celebrity from");
            foreach (var w in await host.Get<WorkspaceStore>().ListAsync(ct))
            {
                table.AddRow(Markup.Escape(w.Name), $"{w.TierPolicy.MicroFrom:N0}", $"{w.TierPolicy.MacroFrom:N0}", $"{w.TierPolicy.CelebrityFrom:N0}");
            }
            AnsiConsole.Write(table);
            return Cli.Ok;
        }));
        return new Command("workspace", "Manage workspaces (one per brand)") { create, list, Tiers(), Shopify(), WooCommerce(), Settings() };
    }

    /// <summary>`clout workspace tiers --micro-from 5000`: moves the workspace's tier lines; unnamed ones stay.</summary>
    private static Command Tiers()
    {
        var micro = new Option<long?>("--micro-from") { Description = "Followers from which an account is micro (default 10,000)" };
        var macro = new Option<long?>("--macro-from") { Description = "Followers from which an account is macro (default 100,000)" };
        var celebrity = new Option<long?>("--celebrity-from") { Description = "Followers from which an account is a celebrity (default 1,000,000)" };
        var tiers = new Command("tiers", "Show or change where the workspace draws the lines between tiers") { CloutCli.Workspace, micro, macro, celebrity };
        tiers.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            var current = workspace.TierPolicy;
            var policy = new TierPolicy(
                parse.GetValue(micro) ?? current.MicroFrom,
                parse.GetValue(macro) ?? current.MacroFrom,
                parse.GetValue(celebrity) ?? current.CelebrityFrom);
            if (policy != current)
            {
                await host.Get<WorkspaceStore>().SetTierPolicyAsync(workspace.Id, policy, ct);
            }
            Console.WriteLine($"nano < {policy.MicroFrom:N0} ≤ micro < {policy.MacroFrom:N0} ≤ macro < {policy.CelebrityFrom:N0} ≤ celebrity");
            return Cli.Ok;
        }));
        return tiers;
    }

    public const string ShopifySecretVariable = "CLOUT_SHOPIFY_SECRET";

    public const string WooCommerceSecretVariable = "CLOUT_WOOCOMMERCE_SECRET";

    /// <summary>`clout workspace shopify --secret S`: stores the webhook signing secret, encrypted, and prints the webhook URL path.</summary>
    private static Command Shopify() => ShopSecret("shopify", "Shopify", ShopifySecretVariable,
        "The signing secret Shopify shows under Settings › Notifications › Webhooks",
        "In Shopify, add an 'Order creation' webhook (JSON) to", secret => WorkspaceSettingsForm.Read(null, null, null, null, secret, _ => "The secret"));

    /// <summary>`clout workspace woocommerce --secret S`: the same for WooCommerce's order webhooks.</summary>
    private static Command WooCommerce() => ShopSecret("woocommerce", "WooCommerce", WooCommerceSecretVariable,
        "The secret of the webhooks under WooCommerce › Settings › Advanced › Webhooks",
        "In WooCommerce, add 'Order created' and 'Order updated' webhooks (API version WP REST API Integration v3) with this secret to",
        secret => WorkspaceSettingsForm.Read(null, null, null, null, null, _ => "The secret", secret));

    /// <summary>A shop's webhook-secret verb: reads the secret from the option or the variable, stores it and prints the address.</summary>
    private static Command ShopSecret(string shop, string shopName, string variable, string secretDescription, string instructions,
        Func<string, (WorkspaceSettingsChange? Change, IReadOnlyDictionary<string, string> Errors)> read)
    {
        var secret = new Option<string?>("--secret") { Description = $"{secretDescription} (default: {variable}, which keeps it out of shell history)" };
        var command = new Command(shop, $"Store the workspace's {shopName} webhook secret (encrypted) and show the webhook address") { CloutCli.Workspace, secret };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            var value = parse.GetValue(secret) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrWhiteSpace(value))
            {
                Cli.Error($"Give the secret with --secret or {variable}.");
                return Cli.Usage;
            }
            var (change, errors) = read(value);
            if (change is null)
            {
                Cli.Error(errors.Values.First());
                return Cli.Usage;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            await WorkspaceSettingsForm.ApplyAsync(host.Get<WorkspaceSettingsStore>(), host.Get<WebhookSecrets>(), workspace.Id, change, ct);
            Console.WriteLine($"/webhooks/{shop}/{workspace.Name}");
            Cli.Info($"{shopName} secret stored (encrypted) for '{workspace.Name}'. {instructions} https://YOUR-HOST/webhooks/{shop}/{workspace.Name}");
            return Cli.Ok;
        }));
        return command;
    }

    /// <summary>`clout workspace settings`: shows, and with options changes, the attribution window, the shop's domains and the survey origins.</summary>
    private static Command Settings()
    {
        var window = new Option<int?>("--attribution-window-days")
        {
            Description = $"How many days after a click an order still counts as the click's ({WorkspaceSettingsStore.MinAttributionWindowDays}-{WorkspaceSettingsStore.MaxAttributionWindowDays}; default 7)",
        };
        var domains = new Option<string?>("--shop-domains") { Description = "The shop's host names, comma-separated (\"shop.example.com,www.shop.example.com\"); \"\" clears them" };
        var origins = new Option<string?>("--survey-origins")
        {
            Description = "Origins whose pages may embed surveys, comma-separated (\"https://shop.example.com,https://www.shop.example.com\"); \"\" clears them",
        };
        var margin = new Option<string?>("--margin")
        {
            Description = "The shop's gross margin for ROI, as a fraction or a percentage (\"0.4\" or \"40%\"); \"\" clears it (no ROI)",
        };
        var command = new Command("settings", "Show or change the workspace's attribution window, shop domains, survey origins and gross margin")
        {
            CloutCli.Workspace, window, domains, origins, margin,
        };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            // The options' names in the messages: each says which option to fix.
            var options = new Dictionary<string, string>
            {
                [WorkspaceSettingsForm.GrossMarginField] = margin.Name,
                [WorkspaceSettingsForm.AttributionWindowField] = window.Name,
                [WorkspaceSettingsForm.ShopDomainsField] = domains.Name,
                [WorkspaceSettingsForm.SurveyOriginsField] = origins.Name,
            };
            var (change, errors) = WorkspaceSettingsForm.Read(parse.GetValue(margin), parse.GetValue(window)?.ToString(CultureInfo.InvariantCulture),
                parse.GetValue(domains), parse.GetValue(origins), null, field => options[field]);
            if (change is null)
            {
                foreach (var error in errors.Values)
                {
                    Cli.Error(error);
                }
                return Cli.Usage;
            }
            await using var host = await CliHost.OpenAsync(parse, ct);
            if (await host.UseWorkspaceAsync(parse.GetValue(CloutCli.Workspace), createDefault: false, ct) is not { } workspace)
            {
                return Cli.InvalidInput;
            }
            var store = host.Get<WorkspaceSettingsStore>();
            await WorkspaceSettingsForm.ApplyAsync(store, host.Get<WebhookSecrets>(), workspace.Id, change, ct);
            var settings = await store.GetAsync(workspace.Id, ct);
            Console.WriteLine($"attribution window: {settings.AttributionWindowDays} days");
            Console.WriteLine($"shop domains: {(settings.ShopDomains.Count == 0 ? "(any)" : string.Join(",", settings.ShopDomains))}");
            Console.WriteLine($"survey origins: {(settings.SurveyOrigins.Count == 0 ? "(none)" : string.Join(",", settings.SurveyOrigins))}");
            Console.WriteLine($"shopify webhook: {(settings.HasShopifySecret ? "on" : "off")}");
            Console.WriteLine($"woocommerce webhook: {(settings.HasWooCommerceSecret ? "on" : "off")}");
            Console.WriteLine(settings.GrossMargin is { } m
                ? string.Create(CultureInfo.InvariantCulture, $"gross margin: {m:P0} (ROI in the tier report)")
                : "gross margin: (not set; the tier report shows no ROI)");
            return Cli.Ok;
        }));
        return command;
    }
}
