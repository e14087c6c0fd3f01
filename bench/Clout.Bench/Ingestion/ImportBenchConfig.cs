using BenchmarkDotNet.Configs;

namespace Clout.Bench.Ingestion;

/// <summary>Adds the rate columns; hides BenchmarkDotNet's time ratios, which read inverted next to a rate.</summary>
public sealed class ImportBenchConfig : ManualConfig
{
    public ImportBenchConfig()
    {
        AddColumn(ImportRateColumn.RowsPerSecond, ImportRateColumn.ShareOfRaw);
        HideColumns("Ratio", "RatioSD", "Alloc Ratio");
    }
}
