using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Imports;

public sealed class ClickImportEndpointTests
{
    private const string Header = "link_code,at,visitor_id,user_agent,referrer";

    /// <summary>An IP address in every notation a tool may export one in.</summary>
    private static readonly string[] Addresses =
    [
        "203.0.113.9", "203.0.113.9:443", "203.0.113.9.", "203.0.113.0/24", "2001:db8::1", "[2001:db8::1]:8080", "fe80::1%eth0",
        "::ffff:192.168.1.1", "3232235777", "0xC0A80101", "0300.0250.0001.0001",
    ];

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportClicks_VisitorIdsThatAreIpAddresses_EachNamedByLineAndFieldAndNothingStored(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        var rows = Addresses.Select(a => $"{TrackingLinkSeed.Code},2026-03-10T12:00:00Z,\"{a}\",,");
        var csv = string.Join("\n", [Header, $"{TrackingLinkSeed.Code},2026-03-10T11:00:00Z,v1,,", .. rows]);

        using var response = await client.PostAsync("/api/v1/imports/clicks", Csv(csv), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt64(), e.GetProperty("field").GetString())).ToList();
        // The header is line 1 and the valid row line 2: the addresses are lines 3 on.
        Assert.Equal(Addresses.Select((_, i) => (i + 3L, (string?)"visitor_id")), errors);
        Assert.DoesNotContain("203.0.113", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Clicks.CountAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportClicks_UserAgentAndReferrer_KeepsTraitsAndHostOnly(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        var csv = string.Join("\n", Header,
            $"{TrackingLinkSeed.Code},2026-03-10T12:00:00Z,v1,\"{TrackingLinkSeed.Browser}\",https://mail.example.com/read?email=ana%40example.com",
            $"{TrackingLinkSeed.Code},2026-03-10T12:01:00Z,v2,,");

        using var response = await client.PostAsync("/api/v1/imports/clicks", Csv(csv), Ct);

        Assert.Equal(2, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("inserted").GetInt32());
        var clicks = await TrackingLinkSeed.ClicksAsync(app.Server);
        Assert.Equal(("mail.example.com", BrowserFamily.Safari, OsFamily.IOS, DeviceClass.Mobile),
            (clicks[0].ReferrerHost, clicks[0].Browser, clicks[0].Os, clicks[0].Device));
        Assert.Equal((null, UserAgentTraits.Unknown), (clicks[1].ReferrerHost, new UserAgentTraits(clicks[1].Browser, clicks[1].Os, clicks[1].Device)));
        var stored = await TrackingLinkSeed.StoredClickTextAsync(app.Server);
        Assert.DoesNotContain(stored, v => v.Contains("Mozilla", StringComparison.Ordinal) || v.Contains("email", StringComparison.Ordinal));
    }

    private static StringContent Csv(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
