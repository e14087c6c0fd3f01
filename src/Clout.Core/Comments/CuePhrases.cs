using System.Collections.Frozen;

namespace Clout.Core.Comments;

/// <summary>
/// A table of cue phrases, matched word by word against a <see cref="CueText"/>. A phrase is words separated by
/// spaces, written as <see cref="CueText"/> normalises them (lower case, no apostrophes); "*" stands for any one word,
/// "word*" for any word starting with "word" (a family: "sponsor*" is sponsor, sponsored, sponsorship…) and "?" for a
/// question mark. Phrases are indexed by their first word, so matching costs one lookup per word (plus a scan of the
/// few phrases that start with a family).
/// A phrase with <c>negatable</c> set does not fire when one of the three words before it negates it
/// ("would never buy this", "not sponsored").
/// </summary>
internal sealed class CuePhrases
{
    private const int NegationWindow = 3;

    private static readonly FrozenSet<string> NegationWords = FrozenSet.ToFrozenSet(
        ["not", "never", "no", "dont", "didnt", "doesnt", "wont", "wouldnt", "cant", "isnt", "aint", "arent", "nobody", "neither", "nor", "without"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negation =
        NegationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly Phrase[] _byFamily;

    public CuePhrases(IEnumerable<(string Phrase, double Weight)> phrases, bool negatable)
    {
        var all = phrases
            .Select(p => new Phrase(p.Phrase, p.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), p.Weight))
            .ToList();
        _byFamily = [.. all.Where(p => IsFamily(p.Words[0])).OrderByDescending(p => p.Words.Length)];
        _byFirstWord = all
            .Where(p => !IsFamily(p.Words[0]))
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            // Longest first: "where can i buy" is reported rather than a shorter phrase at the same place.
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        Negatable = negatable;
    }

    public bool Negatable { get; }

    /// <summary>Every phrase that occurs, at most one per starting word (the longest), skipping overlaps.</summary>
    public void Match(CueText text, List<Cue> cues)
    {
        var next = 0;
        for (var i = 0; i < text.Count; i++)
        {
            if (i < next)
            {
                continue;
            }

            var candidates = _byFirstWord.TryGetValue(text.Word(i), out var exact) ? exact : [];
            if (TryMatch(text, i, candidates, cues, ref next) || TryMatch(text, i, _byFamily, cues, ref next))
            {
                continue;
            }
        }
    }

    private bool TryMatch(CueText text, int i, Phrase[] candidates, List<Cue> cues, ref int next)
    {
        foreach (var phrase in candidates)
        {
            if (!Matches(text, i, phrase.Words, first: 0) || (Negatable && IsNegated(text, i)))
            {
                continue;
            }

            var last = i + phrase.Words.Length - 1;
            var (start, length) = text.Place(i, last);
            cues.Add(new Cue(phrase.Text, start, length, phrase.Weight));
            next = last + 1;
            return true;
        }

        return false;
    }

    private static bool IsFamily(string word) => word.Length > 1 && word[^1] == '*';

    private static bool Matches(CueText text, int at, string[] words, int first)
    {
        if (at + words.Length > text.Count)
        {
            return false;
        }

        for (var k = first; k < words.Length; k++)
        {
            var pattern = words[k];
            var word = text.Word(at + k);
            var matches = pattern == "*"
                || (IsFamily(pattern) ? word.StartsWith(pattern.AsSpan(0, pattern.Length - 1)) : word.SequenceEqual(pattern));
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNegated(CueText text, int at)
    {
        for (var k = Math.Max(0, at - NegationWindow); k < at; k++)
        {
            if (Negation.Contains(text.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Phrase(string Text, string[] Words, double Weight);
}
