using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clout.Core.Orders;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Testing;
using Clout.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Cli;

/// <summary>`survey list` and `survey snippet`: the secret the CLI prints is the one the server verifies answers with.</summary>
public sealed partial class SurveyCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [GeneratedRegex("hmac_sha256: '([0-9a-f]{64})'")]
    private static partial Regex LiquidSecret();

    [GeneratedRegex(@"hash_hmac\( 'sha256', \$id, '([0-9a-f]{64})' \)")]
    private static partial Regex PhpSecret();

    /// <summary>Answers the survey naming noor for the order, with the token made from the secret the CLI printed.</summary>
    private static async Task<string> OrderCreditAsync(CloutServer server, PublicSurvey survey, string respondent, string orderId, string secret)
    {
        var noor = survey.Definition.Questions[0].Options!.Single(o => o.Label == "@noor").Id;
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = survey.Version, ["respondent_id"] = respondent, ["order_id"] = orderId, ["order_token"] = OrderProof.Token(secret, orderId),
            ["answers"] = new Dictionary<string, object> { ["heard_from"] = new { option = noor } },
        });
        using var client = server.CreateClient();
        using var response = await client.PostAsync($"/api/v1/public/surveys/{survey.PublicId}/responses", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("order_credit").GetString()!;
    }

    [Fact]
    public async Task SurveySnippet_PrintsTheServersSecret_InBothShops_AndRotatingRetiresTheOldTokens()
    {
        await using var server = await CloutServer.StartAsync(_database.ConnectionString, Ct);
        var shop = await Shop.CreateAsync(server);
        var (id, survey) = await server.InScopeAsync(shop.Workspace, async s =>
        {
            var created = await s.GetRequiredService<SurveyStore>().CreateAsync(null, SurveyTemplates.PostPurchase, null, null, Ct);
            await s.GetRequiredService<SurveyStore>().PublishAsync(created.Id, Ct);
            return (created.Id, (await s.GetRequiredService<SurveyIntake>().FindLiveAsync(created.PublicId, Ct))!);
        });

        var list = await CloutProcess.RunAsync(_database.ConnectionString, "survey", "list");
        var shopify = await CloutProcess.RunAsync(_database.ConnectionString, "survey", "snippet", "--survey", $"{id}", "--shop", "shopify", "--base-url", "https://clout.example.com/");
        var woo = await CloutProcess.RunAsync(_database.ConnectionString, "survey", "snippet", "--survey", $"{id}", "--shop", "woocommerce", "--workspace", "brand");

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(survey.PublicId, list.Output, StringComparison.Ordinal);
        Assert.True(shopify.ExitCode == 0, shopify.ToString());
        Assert.True(woo.ExitCode == 0, woo.ToString());
        var secret = LiquidSecret().Match(shopify.Output).Groups[1].Value;
        Assert.Equal(secret, PhpSecret().Match(woo.Output).Groups[1].Value);
        Assert.Contains($"<script src=\"https://clout.example.com/widget.js\" data-survey=\"{survey.PublicId}\" data-order-id=\"{{{{ order.id }}}}\"", shopify.Output, StringComparison.Ordinal);
        Assert.Contains($"https://clout.example.com/s/{survey.PublicId}?order_id={{{{ id }}}}&amp;order_token=", shopify.Output, StringComparison.Ordinal);
        Assert.Contains("add_action( 'woocommerce_thankyou'", woo.Output, StringComparison.Ordinal);
        Assert.Contains("https://YOUR-CLOUT-HOST/widget.js", woo.Output, StringComparison.Ordinal);
        Assert.Contains(secret, shopify.ErrorText, StringComparison.Ordinal);
        Assert.Equal("verified", await OrderCreditAsync(server, survey, "buyer-1", "1001", secret));

        var rotated = await CloutProcess.RunAsync(_database.ConnectionString, "survey", "snippet", "--survey", $"{id}", "--shop", "shopify", "--rotate-secret");

        Assert.True(rotated.ExitCode == 0, rotated.ToString());
        var fresh = LiquidSecret().Match(rotated.Output).Groups[1].Value;
        Assert.NotEqual(secret, fresh);
        Assert.Equal("none", await OrderCreditAsync(server, survey, "buyer-2", "1002", secret));
        Assert.Equal("verified", await OrderCreditAsync(server, survey, "buyer-3", "1003", fresh));
        var stored = await server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().Workspaces.FindAsync([shop.Workspace.Id], Ct).AsTask());
        Assert.DoesNotContain(fresh, stored!.OrderProofSecretProtected!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--shop", "bigcommerce", 1, "'bigcommerce' not recognized")]
    [InlineData("--base-url", "https://clout.example.com/x'y", 2, "--base-url")]
    [InlineData("--survey", "999", 1, "no survey 999")]
    public async Task SurveySnippet_BadArguments_FailExplaining(string option, string value, int exitCode, string message)
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "brand")).ExitCode);
        var args = new Dictionary<string, string> { ["--survey"] = "1", ["--shop"] = "shopify", [option] = value };

        var run = await CloutProcess.RunAsync(_database.ConnectionString, ["survey", "snippet", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains(message, run.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain("hmac", run.Output, StringComparison.Ordinal);
    }
}
