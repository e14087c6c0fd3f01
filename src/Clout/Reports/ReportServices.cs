using Clout.Hosting;

namespace Clout.Reports;

public static class ReportServices
{
    /// <summary>The shareable report's renderers, for the CLI and the web server alike.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddCloutOptions<ReportOptions>(ReportOptions.Section, ReportOptions.FormerSection);
        services.AddScoped<TierReportHtml>();
        services.AddSingleton<ChromiumPdf>();
        services.AddSingleton<ReportFileMemory>();
        services.AddScoped<TierReportExport>();
        return services;
    }
}
