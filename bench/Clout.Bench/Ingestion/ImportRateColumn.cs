using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Clout.Bench.Ingestion;

/// <summary>
/// Rows per second of a benchmark (its <c>Rows</c> parameter over its mean time), or that rate as a share of the
/// baseline's: the figure the goal is stated in ("Clout imports at ≥ 50 % of the raw SQLite rate").
/// </summary>
public sealed class ImportRateColumn : IColumn
{
    public static readonly ImportRateColumn RowsPerSecond = new(share: false);
    public static readonly ImportRateColumn ShareOfRaw = new(share: true);

    private readonly bool _share;

    private ImportRateColumn(bool share) => _share = share;

    public string Id => _share ? "ShareOfRaw" : "RowsPerSecond";

    public string ColumnName => _share ? "Rate vs raw" : "Rows/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _share ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _share
        ? "Rows/s as a share of the raw SQLite insert into the same schema (the baseline), in the same run"
        : "Rows imported or inserted per second (Rows / Mean)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var rate = Rate(summary, benchmarkCase);
        if (rate is null)
        {
            return "-";
        }
        if (!_share)
        {
            return rate.Value.ToString("N0", CultureInfo.InvariantCulture);
        }
        var baseline = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Baseline && c.Parameters.ValueInfo == benchmarkCase.Parameters.ValueInfo);
        return baseline is not null && Rate(summary, baseline) is { } raw and > 0
            ? (rate.Value / raw).ToString("P0", CultureInfo.InvariantCulture)
            : "-";
    }

    private static double? Rate(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 && benchmarkCase.Parameters["Rows"] is int rows
            ? rows / (mean.Value / 1e9)
            : null;
    }

    public override string ToString() => ColumnName;
}
