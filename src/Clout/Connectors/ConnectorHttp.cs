namespace Clout.Connectors;

/// <summary>The one way a connector sends a request to its platform.</summary>
internal static class ConnectorHttp
{
    /// <summary>
    /// Sends the request; a network failure or a timeout (not the caller's own cancellation) becomes the platform's
    /// <paramref name="unreachable"/> error, so a sync run records it as the platform's fault and tries again later.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, Func<Exception, ConnectorException> unreachable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(unreachable);
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw unreachable(e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw unreachable(e);
        }
    }
}
