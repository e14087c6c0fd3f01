using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Hosting;

/// <summary>Reads a request body whole, up to a limit: a larger body is refused before it is read to its end.</summary>
internal static class LimitedBody
{
    /// <summary>The body's bytes, or null when it is (or announces to be) longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The 413 problem, naming the limit.</summary>
    public static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
            detail: $"The body may be at most {maxBytes / 1024} KiB; nothing was stored.");
}
