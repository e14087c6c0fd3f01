using System.Diagnostics;
using System.Globalization;
using Clout.Bench.Ingestion;
using Clout.Storage;
using Clout.Storage.Authenticity;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Clout.Storage.Workspaces;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Bench.Reports;

/// <summary>
/// Console modes for bench/report/run.sh:
/// <list type="bullet">
/// <item><c>report-data DIR [SEED]</c> writes the workspace's CSVs (<see cref="ReportWorkspace"/>), all but the orders;</item>
/// <item><c>report-orders DIR DBFILE [SEED]</c> writes orders.csv once the clicks are stored;</item>
/// <item><c>report-time DBFILE WORKSPACE SQLFILE [RUNS]</c> times, in this process, <see cref="TierReportQuery.BuildAsync"/> (each
/// run in a fresh service scope, so a fresh DbContext, as a CLI call or an API request gets), the queries it is made
/// of one by one, and the raw SQL aggregate of the same data (SQLFILE, bench/report/aggregate.sql, with its workspace
/// parameter <c>$w</c>) through Microsoft.Data.Sqlite: one warm-up, then RUNS
/// measured runs, medians.</item>
/// </list>
/// </summary>
public static class ReportTiming
{
    public static int Run(string mode, string[] args) => mode switch
    {
        "report-data" when args.Length is 1 or 2 => Data(args[0], Seed(args, 1)),
        "report-orders" when args.Length is 2 or 3 => Orders(args[0], args[1], Seed(args, 2)),
        "report-time" when args.Length is 3 or 4 => TimeAsync(args[0], args[1], File.ReadAllText(args[2]), args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5)
            .GetAwaiter().GetResult(),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Clout.Bench report-data DIR [SEED] | report-orders DIR DBFILE [SEED] | report-time DBFILE WORKSPACE SQLFILE [RUNS]");
        return 2;
    }

    private static int Seed(string[] args, int index) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : 7;

    private static int Data(string directory, int seed)
    {
        Directory.CreateDirectory(directory);
        ReportWorkspace.Create(seed).WriteCsvs(directory, seed);
        return 0;
    }

    private static int Orders(string directory, string databaseFile, int seed)
    {
        ReportWorkspace.Create(seed).WriteOrders(directory, databaseFile, seed);
        return 0;
    }

    private static async Task<int> TimeAsync(string databaseFile, string workspaceName, string rawAggregateSql, int runs)
    {
        var cancellationToken = CancellationToken.None;
        var collection = new ServiceCollection();
        collection.AddSingleton(TimeProvider.System);
        collection.AddCloutStorage(ImportTemplate.CloutConnectionString(databaseFile));
        if (Environment.GetEnvironmentVariable("CLOUT_BENCH_SQL") == "1")
        {
            collection.ConfigureDbContext<SqliteCloutDbContext>(o => o.AddInterceptors(new SqlTimings()));
        }
        await using var services = collection.BuildServiceProvider();
        long workspaceId;
        await using (var scope = services.CreateAsyncScope())
        {
            var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().FindAsync(workspaceName, cancellationToken)
                ?? throw new InvalidOperationException($"no workspace '{workspaceName}' in {databaseFile}");
            workspaceId = workspace.Id;
        }

        // Wall time, and the process's CPU time over the same span: on a machine shared with other work the CPU time is
        // what the step would take alone (the report runs on one thread; GC threads add a little).
        async Task<(double Wall, double Cpu)> TimeInScopeAsync(Func<IServiceProvider, Task> work)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspaceId, workspaceName);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await work(scope.ServiceProvider);
            return (clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }

        var filter = new ReportFilter();
        var steps = new (string Name, Func<IServiceProvider, Task> Work)[]
        {
            ("TierReportQuery.BuildAsync (the whole report)", sp => sp.GetRequiredService<TierReportQuery>().BuildAsync(filter, cancellationToken)),
            ("  InfluencersAsync (roster, histories, posts, comment threads)", sp => sp.GetRequiredService<RosterQuery>().InfluencersAsync(filter, cancellationToken)),
            ("  ConversionQuery.LoadAsync", sp => sp.GetRequiredService<ConversionQuery>().LoadAsync(filter, cancellationToken)),
            ("  CommentRollupQuery.ByInfluencerAsync", sp => sp.GetRequiredService<CommentRollupQuery>().ByInfluencerAsync(filter, cancellationToken)),
            ("  SurveyMetricsQuery.LoadAsync", sp => sp.GetRequiredService<SurveyMetricsQuery>().LoadAsync(filter, cancellationToken)),
            ("  AuthenticityQuery.AllAsync (includes InfluencersAsync)", sp => sp.GetRequiredService<AuthenticityQuery>().AllAsync(cancellationToken)),
            ("  RepeatPurchaseQuery.LoadAsync (every order, loyalty)", async sp =>
            {
                var tiers = (await sp.GetRequiredService<RosterQuery>().InfluencersAsync(filter, cancellationToken)).ToDictionary(s => s.Id, s => s.Tier);
                await sp.GetRequiredService<RepeatPurchaseQuery>().LoadAsync(filter, tiers, DateTime.UtcNow.Date, cancellationToken);
            }),
            ("  PostOrderTimingQuery.LoadAsync (campaign posts, credited orders)", sp => sp.GetRequiredService<PostOrderTimingQuery>().LoadAsync(filter, DateTime.UtcNow.Date, null, cancellationToken)),
        };
        foreach (var (name, work) in steps)
        {
            await TimeInScopeAsync(work); // warm-up: JIT, EF's query compilation, SQLite's page cache
            var times = new List<(double Wall, double Cpu)>(runs);
            for (var i = 0; i < runs; i++)
            {
                times.Add(await TimeInScopeAsync(work));
            }
            Console.WriteLine(Row(name, times));
        }

        var rawTimes = new List<(double Wall, double Cpu)>(runs);
        long rows = 0;
        await using (var connection = new SqliteConnection(ImportTemplate.RawConnectionString(databaseFile)))
        {
            await connection.OpenAsync(cancellationToken);
            for (var i = 0; i <= runs; i++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await using var command = connection.CreateCommand();
                command.CommandText = rawAggregateSql;
                command.Parameters.AddWithValue("$w", workspaceId);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                rows = 0;
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows++;
                }
                if (i > 0)
                {
                    rawTimes.Add((clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds));
                }
            }
        }
        Console.WriteLine(Row($"raw SQL aggregate, Microsoft.Data.Sqlite ({rows} rows)", rawTimes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        return 0;
    }

    private static string Row(string name, List<(double Wall, double Cpu)> times) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-66} median {Median(times.Select(t => t.Wall)),8:0} ms wall {Median(times.Select(t => t.Cpu)),8:0} ms CPU   (runs: {string.Join(' ', times.Select(t => t.Wall.ToString("0", CultureInfo.InvariantCulture)))})");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
