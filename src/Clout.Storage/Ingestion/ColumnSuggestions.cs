namespace Clout.Storage.Ingestion;

/// <summary>
/// A first guess at which of Clout's columns a file's column is, for the import page to pre-select: the same name
/// once case, spaces, hyphens and underscores are ignored ("Post ID" is post_id), else one of a few names platforms and
/// shops commonly use. Only a guess: the user sees every choice before anything is imported.
/// </summary>
public static class ColumnSuggestions
{
    // Few on purpose: an obvious synonym saves a click, a doubtful one costs a wrong import. Keys are normalised
    // (Normalise); the first target the kind has wins.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["publishtime"] = ["published_at"],
        ["publishdate"] = ["published_at"],
        ["datepublished"] = ["published_at"],
        ["posted"] = ["published_at"],
        ["createdat"] = ["at", "published_at"],
        ["orderdate"] = ["at"],
        ["username"] = ["influencer_handle", "handle", "author"],
        ["account"] = ["influencer_handle", "handle"],
        ["creator"] = ["influencer_handle", "handle"],
        ["handle"] = ["influencer_handle"],
        ["network"] = ["platform"],
        ["reactions"] = ["likes"],
        ["commentcount"] = ["comments"],
        ["videoviews"] = ["views"],
        ["subscribers"] = ["followers"],
        ["ordernumber"] = ["order_id"],
        ["discountcode"] = ["discount_codes"],
        ["couponcode"] = ["discount_codes"],
        ["totalprice"] = ["total"],
        ["name"] = ["display_name"],
        ["comment"] = ["text"],
    };

    /// <summary>For each of the header's columns, in order, Clout's column it most likely is, or <see cref="ColumnMap.Ignore"/>; no column is suggested twice.</summary>
    public static IReadOnlyList<string> Suggest(ImportKind kind, IReadOnlyList<string> header)
    {
        var columns = ImportColumns.Of(kind).Select(c => c.Name).ToList();
        var byNormalName = columns.ToDictionary(Normalise, c => c, StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Exact names first, so that a file with both "Likes" and "Reactions" keeps likes for "Likes".
        var exact = header.Select(h => byNormalName.GetValueOrDefault(Normalise(h))).ToList();
        foreach (var column in exact.OfType<string>())
        {
            taken.Add(column);
        }
        var suggested = new List<string>(header.Count);
        var exactUsed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (exact[i] is { } same && exactUsed.Add(same))
            {
                suggested.Add(same);
                continue;
            }
            var synonym = exact[i] is null && Synonyms.TryGetValue(Normalise(header[i]), out var targets)
                ? targets.FirstOrDefault(t => columns.Contains(t) && !taken.Contains(t))
                : null;
            if (synonym is not null)
            {
                taken.Add(synonym);
            }
            suggested.Add(synonym ?? ColumnMap.Ignore);
        }
        return suggested;
    }

    private static string Normalise(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
