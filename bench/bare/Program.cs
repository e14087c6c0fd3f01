// A POST to any path reads the whole body and answers 201 with a tiny JSON body; GET /health answers 200. Nothing is
// stored: this is the ceiling that an intake endpoint's rate is compared with.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok());
app.MapPost("/{**path}", async (HttpContext context) =>
{
    using var reader = new StreamReader(context.Request.Body);
    await reader.ReadToEndAsync(context.RequestAborted);
    context.Response.StatusCode = StatusCodes.Status201Created;
    context.Response.ContentType = "application/json";
    await context.Response.WriteAsync("{\"status\":\"created\"}", context.RequestAborted);
});
app.Run();
