using System.Globalization;
using System.Text;
using F23.StringSimilarity;

namespace Clout.Core.Surveys;

/// <summary>
/// Matches the free text of an "other" answer ("saw it on @anna_b", "Ana Bell on insta") to the roster: each word
/// against each handle, and each run of words against each display name, by Jaro-Winkler similarity after folding
/// case, accents and a leading @. Jaro-Winkler suits names: it forgives a dropped or swapped letter and weighs the
/// start of a word, where people spell names right most often.
/// </summary>
public sealed class RosterMatcher
{
    /// <summary>Below this similarity two words are different names ("anna" vs "hanna" is 0.93, "anna" vs "bob" 0).</summary>
    public const double Threshold = 0.88;

    /// <summary>A runner-up this close to the best makes the answer ambiguous: better no match than the wrong influencer.</summary>
    public const double AmbiguityMargin = 0.02;

    /// <summary>Short words match only exactly: "on" or "ig" are near too many handles.</summary>
    private const int MinFuzzyLength = 4;

    private readonly JaroWinkler _similarity = new();
    private readonly List<(long Id, string Handle, string[] Name)> _roster;

    public RosterMatcher(IEnumerable<RosterEntry> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        _roster = [.. roster.Select(r => (r.InfluencerId, Fold(r.Handle), Words(r.DisplayName ?? "")))];
    }

    /// <summary>The best match above <see cref="Threshold"/>, or null when nothing (or more than one influencer) fits.</summary>
    public RosterMatch? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var words = Words(text);
        var scores = _roster.Select(r => (r.Id, Score: Score(words, r.Handle, r.Name))).OrderByDescending(s => s.Score).ToList();
        if (scores.Count == 0 || scores[0].Score < Threshold)
        {
            return null;
        }
        if (scores.Count > 1 && scores[1].Score > scores[0].Score - AmbiguityMargin)
        {
            return null;
        }
        return new RosterMatch(scores[0].Id, Math.Round(scores[0].Score, 3));
    }

    private double Score(string[] words, string handle, string[] name)
    {
        var best = 0.0;
        foreach (var word in words)
        {
            best = Math.Max(best, Similar(word, handle));
        }
        // Names are compared as runs of as many words as the name has ("anna bell"), and a one-word name per word.
        if (name.Length > 0)
        {
            var full = string.Join(' ', name);
            for (var i = 0; i + name.Length <= words.Length; i++)
            {
                best = Math.Max(best, Similar(string.Join(' ', words, i, name.Length), full));
            }
        }
        return best;
    }

    private double Similar(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        if (a == b)
        {
            return 1;
        }
        return a.Length < MinFuzzyLength || b.Length < MinFuzzyLength ? 0 : _similarity.Similarity(a, b);
    }

    /// <summary>Lower-case words without accents or punctuation; a handle's _ and . stay, as they are part of it.</summary>
    private static string[] Words(string text) =>
        text.Split([' ', '\t', '\n', '\r', ',', ';', '/', '!', '?', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold).Where(w => w.Length > 0).ToArray();

    private static string Fold(string word)
    {
        var decomposed = word.Trim().TrimStart('@').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c) || c is '_' or '.')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Trim('.');
    }
}
