namespace Clout.Hosting.Proxy;

/// <summary>The list settings of <see cref="ProxyOptions"/>, given either as numbered entries or as one comma-separated value.</summary>
internal static class ProxyLists
{
    private static readonly char[] Separators = [',', ';', ' '];

    /// <summary>
    /// The entries of <paramref name="key"/>: its numbered children (KnownProxies:0, KnownProxies:1…) or, since the
    /// configuration binder ignores a plain value given for a list, that value split at commas.
    /// </summary>
    public static string[] Read(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        return [.. section.GetChildren().Select(c => c.Value ?? "").Concat((section.Value ?? "").Split(Separators))
            .Select(e => e.Trim()).Where(e => e.Length > 0)];
    }
}
