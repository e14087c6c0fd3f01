using System.Globalization;
using Clout.Storage.Ingestion;
using Clout.Storage.Ingestion.Presets;

namespace Clout.Imports;

/// <summary>
/// How to read a file not in Clout's own columns, as the CLI's options and the API's query parameters give it: a
/// column map, a preset, the year of dates written without one, and the influencer an export is of. Checked before
/// anything is read, each problem naming the parameter (map, preset, year, influencer).
/// </summary>
public static class ImportParameters
{
    /// <summary>Years a platform export can be from; anything else is a typo ("24" for 2024).</summary>
    private const int FirstYear = 2000;

    private const int LastYear = 2100;

    /// <summary>The options, or the parameter at fault and why.</summary>
    public static ImportOptions? Read(ImportKind kind, ImportFormat format, string? map, string? preset, string? year, string? influencer,
        out (string Parameter, string Message)? problem)
    {
        problem = null;
        var options = new ImportOptions(format);
        if (map is not null)
        {
            if (ColumnMap.Parse(map, out var error) is not { } columns)
            {
                problem = ("map", error!);
                return null;
            }
            options = options with { Map = columns };
        }
        if (preset is not null)
        {
            if (map is not null)
            {
                problem = ("preset", "give a column map or a preset, not both");
                return null;
            }
            var known = ImportPresets.Describe(kind).Select(p => p.Name).ToList();
            if (!known.Contains(preset.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                problem = ("preset", known.Count == 0
                    ? $"there is no preset '{preset}': {ImportKinds.Name(kind)} have none"
                    : $"there is no preset '{preset}' for {ImportKinds.Name(kind)}; use {string.Join(", ", known)}");
                return null;
            }
            if (format != ImportFormat.Csv)
            {
                problem = ("preset", "presets read the platforms' CSV exports; this file is JSON");
                return null;
            }
            options = options with { Preset = preset.Trim() };
        }
        if (year is not null)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < FirstYear or > LastYear)
            {
                problem = ("year", $"'{year}' is not a year; write it with four digits, e.g. 2024");
                return null;
            }
            options = options with { Year = value };
        }
        if (influencer is not null)
        {
            var handle = influencer.Trim();
            if (handle.Length is 0 or > 100 || handle.Any(char.IsControl))
            {
                problem = ("influencer", "give the influencer's handle as on the roster, e.g. lena.bakes");
                return null;
            }
            options = options with { Influencer = handle };
        }
        return options;
    }
}
