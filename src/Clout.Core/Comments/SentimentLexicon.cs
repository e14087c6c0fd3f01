using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Clout.Core.Comments;

/// <summary>
/// VADER's word valences (vader_lexicon.txt of the npm package vader-sentiment, MIT lexicon by C.J. Hutto, package
/// Apache-2.0) and the Unicode emoji names (unicode-emoji-json, MIT), committed under eng/data/ and embedded by
/// Clout.Core.csproj, merged with the rule words into one frozen, case-insensitive dictionary so each token costs one
/// lookup on a span of the text (no string per token).
/// </summary>
internal sealed class SentimentLexicon
{
    private const string LexiconResource = "Clout.Core.Comments.vader_lexicon.txt";
    private const string EmojiResource = "Clout.Core.Comments.emoji.json";

    private static readonly Lazy<SentimentLexicon> LazyDefault = new(Load);

    private readonly FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<int, string> _emoji;

    private SentimentLexicon(FrozenDictionary<string, LexiconEntry> words, FrozenDictionary<int, string> emoji)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _emoji = emoji;
        WordCount = words.Count;
    }

    /// <summary>The embedded lexicon, parsed once on first use (about 7,500 words and 1,400 emoji).</summary>
    public static SentimentLexicon Default => LazyDefault.Value;

    public int WordCount { get; }

    public int EmojiCount => _emoji.Count;

    /// <summary>The entry of a word, compared ignoring case (VADER lower-cases every token before lookup).</summary>
    public LexiconEntry Find(ReadOnlySpan<char> word) =>
        _words.TryGetValue(word, out var entry) ? entry : LexiconEntry.Unknown;

    /// <summary>The CLDR name of a single-code-point emoji ("😂" → "face with tears of joy"), or null.</summary>
    public string? EmojiName(int codePoint) => _emoji.GetValueOrDefault(codePoint);

    private static SentimentLexicon Load()
    {
        var words = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var (word, valence) in ReadValences())
        {
            words[word] = LexiconEntry.Unknown with { Valence = valence };
        }

        foreach (var (slang, word) in VaderRules.Slang)
        {
            // Only a spelling the lexicon lacks borrows a lexicon word's valence; the lexicon's own rating wins.
            if (!words.ContainsKey(slang) && words.TryGetValue(word, out var target))
            {
                words[slang] = target;
            }
        }

        foreach (var (word, scalar) in VaderRules.Boosters)
        {
            words[word] = words.GetValueOrDefault(word, LexiconEntry.Unknown) with { Booster = scalar };
        }

        foreach (var word in VaderRules.Negations)
        {
            words[word] = words.GetValueOrDefault(word, LexiconEntry.Unknown) with { Negates = true };
        }

        foreach (var (word, rule) in VaderRules.RuleWords)
        {
            words[word] = words.GetValueOrDefault(word, LexiconEntry.Unknown) with { Rule = rule };
        }

        return new SentimentLexicon(
            words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            ReadEmoji().ToFrozenDictionary());
    }

    private static Dictionary<int, string> ReadEmoji()
    {
        var emoji = ReadEmojiNames();
        foreach (var (codePoint, word) in VaderRules.EmojiMeanings)
        {
            emoji[codePoint] = word;
        }

        return emoji;
    }

    /// <summary>
    /// TOKEN \t MEAN \t SD \t RATINGS lines. Entries with capital letters are skipped: VADER lower-cases every token
    /// before the lookup, so they can never match there (":D" still scores through its twin ":d"). For a word listed
    /// twice the later line wins, as in VADER's dict.
    /// </summary>
    private static IEnumerable<(string Word, double Valence)> ReadValences()
    {
        using var reader = new StreamReader(OpenResource(LexiconResource), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0 || HasUpper(fields[0]))
            {
                continue;
            }

            if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                throw new InvalidDataException($"Sentiment lexicon line '{line}' has no numeric valence.");
            }

            yield return (fields[0], valence);
        }
    }

    /// <summary>
    /// Emoji → name for every emoji that is one code point once its variation selector (U+FE0F) is dropped; sequences
    /// (flags, families, skin tones) are scored through their parts, as VADER does code point by code point.
    /// </summary>
    private static Dictionary<int, string> ReadEmojiNames()
    {
        using var document = JsonDocument.Parse(OpenResource(EmojiResource));
        var emoji = new Dictionary<int, string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var key = property.Name.Replace("\uFE0F", "", StringComparison.Ordinal);
            if (Rune.DecodeFromUtf16(key, out var rune, out var consumed) == System.Buffers.OperationStatus.Done
                && consumed == key.Length
                && property.Value.TryGetProperty("name", out var name)
                && name.GetString() is { Length: > 0 } text)
            {
                emoji.TryAdd(rune.Value, text);
            }
        }

        return emoji;
    }

    private static Stream OpenResource(string name) =>
        typeof(SentimentLexicon).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException(
            $"Resource {name} is missing from Clout.Core: the build embeds it from eng/data/ (see docs/comments.md).");

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
