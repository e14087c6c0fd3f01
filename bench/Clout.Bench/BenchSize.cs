using System.Globalization;

namespace Clout.Bench;

/// <summary>
/// How many rows the import benchmarks use: 1,000,000 by default, 100,000 with <c>--quick</c>, or any count set in
/// <c>CLOUT_BENCH_ROWS</c>. An environment variable, because BenchmarkDotNet runs each benchmark in a child process,
/// which inherits it.
/// </summary>
public static class BenchSize
{
    public const string RowsVariable = "CLOUT_BENCH_ROWS";
    public const string QuickSwitch = "--quick";
    public const int FullRows = 1_000_000;
    public const int QuickRows = 100_000;

    public static int Rows =>
        int.TryParse(Environment.GetEnvironmentVariable(RowsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0
            ? rows
            : FullRows;

    /// <summary>Applies and removes <c>--quick</c>; the rest goes to BenchmarkDotNet.</summary>
    public static string[] TakeQuickSwitch(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(QuickSwitch, StringComparer.Ordinal))
        {
            return args;
        }
        Environment.SetEnvironmentVariable(RowsVariable, QuickRows.ToString(CultureInfo.InvariantCulture));
        return [.. args.Where(a => a != QuickSwitch)];
    }
}
