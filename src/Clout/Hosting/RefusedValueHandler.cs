using Clout.Storage.Model;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Clout.Hosting;

/// <summary>
/// A <see cref="StorageValidationException"/> that no endpoint caught is a value the data forbid, such as text that
/// storage's last-line guard refused: 400 with its message (which is safe to show), never 500. Nothing was stored.
/// </summary>
internal sealed class RefusedValueHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StorageValidationException refused)
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Invalid value", Detail = refused.Message },
        });
    }
}
