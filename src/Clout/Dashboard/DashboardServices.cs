using System.Text.Encodings.Web;
using System.Text.Unicode;
using Clout.Access;
using Microsoft.Extensions.WebEncoders;

namespace Clout.Dashboard;

/// <summary>The dashboard's Razor Pages: signed-in users of a workspace only, editors alone for the imports, owners alone for the settings.</summary>
public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Dashboard";
            o.Conventions.AuthorizeFolder("/", AccessPolicies.Dashboard);
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AuthorizeFolder("/Imports", AccessPolicies.Editor);
            o.Conventions.AuthorizeFolder("/Settings", AccessPolicies.Owner);
        });
        // Pages are UTF-8: write "·" and "–" as themselves, not as numeric entities (markup is still escaped).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
