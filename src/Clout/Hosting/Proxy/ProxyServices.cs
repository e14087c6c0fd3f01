using Microsoft.AspNetCore.HttpOverrides;

namespace Clout.Hosting.Proxy;

/// <summary>
/// Clout behind a TLS reverse proxy: the client's address and scheme from the trusted proxies' forwarded headers, so
/// that visitor ids, rate limits, Secure cookies and HSTS see the visitor and not the proxy.
/// </summary>
public static partial class ProxyServices
{
    public static IServiceCollection AddProxyTrust(this IServiceCollection services)
    {
        services.AddCloutOptions<ProxyOptions>(ProxyOptions.Section).PostConfigure<IConfiguration>((options, configuration) =>
        {
            options.KnownProxies = ProxyLists.Read(configuration, $"{ProxyOptions.Section}:{nameof(ProxyOptions.KnownProxies)}");
            options.KnownNetworks = ProxyLists.Read(configuration, $"{ProxyOptions.Section}:{nameof(ProxyOptions.KnownNetworks)}");
        });
        services.AddSingleton<ProxyTrust>();
        services.AddHealthChecks().AddCheck<ProxyHealthCheck>("proxy");
        services.AddOptions<ForwardedHeadersOptions>().Configure<ProxyTrust>((o, trust) =>
        {
            // Not X-Forwarded-Host: Clout has no list of its public host names to check one against, and the proxy
            // passes the visitor's Host header itself (deploy/nginx/clout.conf: proxy_set_header Host $host).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only what the setting says: the framework's default trusts loopback, which the setting replaces.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in trust.Proxies)
            {
                o.KnownProxies.Add(proxy);
            }
            foreach (var network in trust.Networks)
            {
                o.KnownIPNetworks.Add(network);
            }
            // Through a chain of trusted proxies (a load balancer, then nginx) to the first address none of them is:
            // the client. An address a client wrote into the header itself stays to the left of it, unread.
            o.ForwardLimit = null;
        });
        // Every cookie (sign-in, antiforgery, temp data) is Secure when the request, as the proxy saw it, was https.
        services.Configure<CookiePolicyOptions>(o => o.Secure = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>
    /// First in the pipeline, before the tracking links' own branch: forwarded headers resolved for every path, and
    /// HSTS on https responses only (never on plain http, which a server started on a bare machine speaks).
    /// </summary>
    public static WebApplication UseProxyTrust(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var trust = app.Services.GetRequiredService<ProxyTrust>();
        var logger = app.Services.GetRequiredService<ILogger<ProxyTrust>>();
        LogTrust(logger, trust.Description);
        app.Use((context, next) =>
        {
            trust.Observe(context);
            return next(context);
        });
        if (trust.IsConfigured)
        {
            app.UseForwardedHeaders();
        }
        app.UseHsts();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Proxy trust: {Description}")]
    private static partial void LogTrust(ILogger logger, string description);
}
