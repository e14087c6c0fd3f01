using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Clout.Core.Reports;

namespace Clout.Reports;

/// <summary>
/// The files made of a report, kept as long as the report itself is: the tier report cache hands out the same report
/// while the data stay the same, so its HTML and PDF are made once (printing a PDF starts a browser, about 1.5 s).
/// A report the cache dropped is collected with its files; a report built afresh (the command line) finds none.
/// </summary>
public sealed class ReportFileMemory
{
    private readonly ConditionalWeakTable<TierReport, ConcurrentDictionary<string, Task<ReportFile>>> _files = [];

    /// <summary>The report's file in this format, made by <paramref name="make"/> the first time; a failure is not kept.</summary>
    public async Task<ReportFile> GetOrMakeAsync(TierReport report, string format, Func<Task<ReportFile>> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        var files = _files.GetOrCreateValue(report);
        var key = format.ToLowerInvariant();
        var task = files.GetOrAdd(key, _ => make());
        try
        {
            return await task;
        }
        catch
        {
            files.TryRemove(new KeyValuePair<string, Task<ReportFile>>(key, task));
            throw;
        }
    }
}
