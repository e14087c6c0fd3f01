using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Clout.Core.Names;

/// <summary>
/// The one mapping between a <see cref="StoredByNameAttribute"/> enum and the names it is stored and shown under: each
/// member's name in lower case ("human", "shopify", "live"), for the database's columns, the API's JSON, the CLI and
/// the pages alike. Parsing is strict: only a name exactly as <see cref="ToName{TEnum}"/> writes it.
/// </summary>
public static class StoredNames
{
    public static string ToName<TEnum>(this TEnum value) where TEnum : struct, Enum =>
        Table<TEnum>.NameOf.TryGetValue(value, out var name) ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not {Table<TEnum>.Noun}.");

    /// <summary>The member stored as <paramref name="name"/>; a <see cref="FormatException"/> naming the valid names otherwise.</summary>
    public static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum =>
        name is not null && Table<TEnum>.ValueOf.TryGetValue(name, out var value) ? value
            : throw new FormatException($"'{name}' is not {Table<TEnum>.Noun} ({string.Join(", ", Table<TEnum>.All)}).");

    /// <summary>Every name, in the enum's order.</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => Table<TEnum>.All;

    /// <summary>Built once per enum, on first use.</summary>
    private static class Table<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> All = Build();
        public static readonly FrozenDictionary<TEnum, string> NameOf = Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());
        public static readonly FrozenDictionary<string, TEnum> ValueOf = NameOf.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        /// <summary>"a click kind", "an order channel": the type's words, for messages.</summary>
        public static readonly string Noun = NounOf(typeof(TEnum).Name);

        private static string[] Build() =>
            typeof(TEnum).GetCustomAttribute<StoredByNameAttribute>() is null
                ? throw new InvalidOperationException($"{typeof(TEnum).Name} is not marked [StoredByName]: its member names are not a stored contract.")
                : [.. Enum.GetValues<TEnum>().Select(v => v.ToString().ToLowerInvariant())];
    }

    private static string NounOf(string typeName)
    {
        var words = new StringBuilder();
        foreach (var c in typeName)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }
            words.Append(char.ToLowerInvariant(c));
        }
        return ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "an " : "a ") + words;
    }
}
