using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion;

/// <summary>
/// The workspace's saved column maps, by kind and name. A name is one mapping whatever its case: saving "Meta posts"
/// again, or as "meta posts", replaces it. Every map saved reads back with <see cref="ColumnMap.Parse"/> and names
/// only the kind's columns.
/// </summary>
public sealed class SavedMappingStore(CloutDbContext db)
{
    public const int MaxNameLength = SavedMappingConfiguration.MaxNameLength;

    /// <summary>The kind's saved mappings (every kind's when null), by kind and name.</summary>
    public async Task<IReadOnlyList<SavedColumnMap>> ListAsync(ImportKind? kind, CancellationToken cancellationToken)
    {
        var stored = kind is { } k ? Stored(k) : null;
        var rows = await db.SavedMappings.AsNoTracking()
            .Where(m => stored == null || m.Kind == stored)
            .Select(m => new { m.Kind, m.Name, m.Map })
            .ToListAsync(cancellationToken);
        // A kind this version does not know (written by a later one) is left out rather than failing the page.
        return [.. rows.Where(r => Enum.TryParse<ImportKind>(r.Kind, ignoreCase: true, out _))
            .Select(r => Read(Enum.Parse<ImportKind>(r.Kind, ignoreCase: true), r.Name, r.Map)).OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The kind's mapping of this name, whatever its case.</summary>
    public async Task<SavedColumnMap?> FindAsync(ImportKind kind, string name, CancellationToken cancellationToken)
    {
        var stored = await StoredNameAsync(kind, name, cancellationToken);
        if (stored is null)
        {
            return null;
        }
        var text = await db.SavedMappings.AsNoTracking().Where(m => m.Kind == Stored(kind) && m.Name == stored).Select(m => m.Map).SingleAsync(cancellationToken);
        return Read(kind, stored, text);
    }

    /// <summary>Saves <paramref name="map"/> as <paramref name="name"/>, replacing a mapping of that name.</summary>
    /// <exception cref="StorageValidationException">The name is empty or too long, or the map names a column the kind does not have.</exception>
    public async Task<SavedColumnMap> SaveAsync(ImportKind kind, string name, ColumnMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            throw new StorageValidationException($"A mapping's name is 1-{MaxNameLength} characters.");
        }
        var columns = ImportColumns.Schema(kind).All.ToHashSet(StringComparer.Ordinal);
        if (map.Targets.FirstOrDefault(t => t.Value != ColumnMap.Ignore && !columns.Contains(t.Value)) is { Key: { } column, Value: { } target })
        {
            throw new StorageValidationException($"'{column}' is mapped to '{target}', which is no column of {kind.ToString().ToLowerInvariant()}; use {string.Join(", ", columns)} or {ColumnMap.Ignore}.");
        }
        var text = map.ToString();
        if (text.Length > SavedMappingConfiguration.MaxMapLength)
        {
            throw new StorageValidationException($"The mapping is longer than {SavedMappingConfiguration.MaxMapLength} characters.");
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (await StoredNameAsync(kind, trimmed, cancellationToken) is { } stored)
                {
                    await db.SavedMappings.Where(m => m.Kind == Stored(kind) && m.Name == stored).ExecuteDeleteAsync(cancellationToken);
                }
                db.SavedMappings.Add(new SavedMapping { Kind = Stored(kind), Name = trimmed, Map = text });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Read(kind, trimmed, text);
            }
            catch (Exception e) when (attempt == 1 && UniqueViolation.Is(e))
            {
                // Another save of the same name committed between the delete and the insert: replace that one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Deletes the mapping; false when there was none of that name.</summary>
    public async Task<bool> DeleteAsync(ImportKind kind, string name, CancellationToken cancellationToken)
    {
        var stored = await StoredNameAsync(kind, name, cancellationToken);
        return stored is not null
            && await db.SavedMappings.Where(m => m.Kind == Stored(kind) && m.Name == stored).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// The stored spelling of a name, compared without case here rather than in SQL, where the two databases compare
    /// case differently; a kind has a handful of mappings.
    /// </summary>
    private async Task<string?> StoredNameAsync(ImportKind kind, string? name, CancellationToken cancellationToken)
    {
        var wanted = (name ?? "").Trim();
        var names = await db.SavedMappings.AsNoTracking().Where(m => m.Kind == Stored(kind)).Select(m => m.Name).ToListAsync(cancellationToken);
        return names.FirstOrDefault(n => string.Equals(n, wanted, StringComparison.Ordinal))
            ?? names.FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The kind as stored: its name in lower case, as the CLI and the API write it.</summary>
    private static string Stored(ImportKind kind) => kind.ToString().ToLowerInvariant();

    private static SavedColumnMap Read(ImportKind kind, string name, string text) =>
        new(kind, name, text, ColumnMap.Parse(text, out _));
}
