using System.Net;

namespace Clout.Tests;

/// <summary>Requests released at the same moment, each on its own thread, for tests of what a race does.</summary>
internal static class AtOnce
{
    /// <summary>Sends every request once all are ready (a barrier); their statuses and bodies, in order.</summary>
    public static async Task<(HttpStatusCode Status, string Body)[]> SendAsync(params Func<Task<HttpResponseMessage>>[] requests)
    {
        using var barrier = new Barrier(requests.Length);
        var sent = requests.Select(request => Task.Run(async () =>
        {
            barrier.SignalAndWait(WebTest.Ct);
            using var response = await request();
            return (response.StatusCode, await response.Content.ReadAsStringAsync(WebTest.Ct));
        }, WebTest.Ct)).ToArray();
        return await Task.WhenAll(sent);
    }
}
