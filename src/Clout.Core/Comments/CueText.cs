using System.Text;

namespace Clout.Core.Comments;

/// <summary>
/// A comment as the cue phrases see it: lower-case words with apostrophes dropped ("didn't" → "didnt") and letter
/// runs of three or more shortened to one ("pleeease" → "please"), "?" as a word of its own, each word with its place
/// in the original text; plus what is true of the whole text (links, emoji, letters).
/// </summary>
internal sealed class CueText
{
    /// <summary>A letter repeated this often in a row is elongation, not spelling (no English word has three).</summary>
    private const int ElongationRun = 3;

    private readonly List<(int Start, int Length, int NormalizedStart, int NormalizedLength)> _words = [];
    private readonly StringBuilder _normalized = new();
    private readonly string _normalizedText;

    public CueText(string text)
    {
        Text = text;
        Split();
        _normalizedText = _normalized.ToString();
        ScanWhole();
    }

    public string Text { get; }

    public int Count => _words.Count;

    public int EmojiCount { get; private set; }

    public int LetterOrDigitCount { get; private set; }

    /// <summary>Links found in the text (http(s)://, www., or a bare domain such as bit.ly/x), with their places.</summary>
    public List<(int Start, int Length)> Links { get; } = [];

    public ReadOnlySpan<char> Word(int index)
    {
        var word = _words[index];
        return _normalizedText.AsSpan(word.NormalizedStart, word.NormalizedLength);
    }

    public (int Start, int Length) Place(int index) => (_words[index].Start, _words[index].Length);

    /// <summary>The original text from word <paramref name="first"/> to word <paramref name="last"/> inclusive.</summary>
    public (int Start, int Length) Place(int first, int last) =>
        (_words[first].Start, _words[last].Start + _words[last].Length - _words[first].Start);

    private void Split()
    {
        var i = 0;
        while (i < Text.Length)
        {
            var c = Text[i];
            if (c == '?')
            {
                Add(i, 1);
                i++;
                continue;
            }

            if (!IsWordStart(c))
            {
                i++;
                continue;
            }

            var start = i;
            var normalizedStart = _normalized.Length;
            _normalized.Append(c is '#' or '@' ? c : char.ToLowerInvariant(c));
            i++;
            var run = 1;
            while (i < Text.Length && (char.IsLetterOrDigit(Text[i]) || Text[i] is '\'' or '\u2019' or '_'))
            {
                var next = Text[i];
                i++;
                if (next is '\'' or '\u2019')
                {
                    continue; // "didn't" and "didnt" are the same word to a cue
                }

                var lower = char.ToLowerInvariant(next);
                var previous = _normalized.Length > normalizedStart ? _normalized[^1] : '\0';
                run = lower == previous && char.IsLetter(lower) ? run + 1 : 1;
                if (run >= ElongationRun)
                {
                    if (run == ElongationRun)
                    {
                        _normalized.Length--; // "ooo" → "o": drop the second copy already written
                    }

                    continue;
                }

                _normalized.Append(lower);
            }

            _words.Add((start, i - start, normalizedStart, _normalized.Length - normalizedStart));
        }
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c is '#' or '@';

    private void Add(int start, int length)
    {
        var normalizedStart = _normalized.Length;
        _normalized.Append(Text, start, length);
        _words.Add((start, length, normalizedStart, length));
    }

    private void ScanWhole()
    {
        var lexicon = SentimentLexicon.Default;
        var i = 0;
        while (i < Text.Length)
        {
            if (Rune.DecodeFromUtf16(Text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                i++;
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                LetterOrDigitCount++;
            }
            else if (lexicon.EmojiName(rune.Value) is not null && rune.Value > 0x7F)
            {
                EmojiCount++;
            }

            i += consumed;
        }

        foreach (var (start, length) in Chunks())
        {
            var chunk = Text.AsSpan(start, length);
            if (chunk.Contains("http://", StringComparison.OrdinalIgnoreCase)
                || chunk.Contains("https://", StringComparison.OrdinalIgnoreCase)
                || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || LooksLikeDomain(chunk))
            {
                Links.Add((start, length));
            }
        }
    }

    /// <summary>Whitespace-separated chunks of the text.</summary>
    private IEnumerable<(int Start, int Length)> Chunks()
    {
        var i = 0;
        while (i < Text.Length)
        {
            while (i < Text.Length && char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            var start = i;
            while (i < Text.Length && !char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, i - start);
            }
        }
    }

    /// <summary>Top-level domains that mark "name.tld" as a link; a fixed list so "great.Thanks" (a missing space) is not one.</summary>
    private static readonly string[] LinkDomains =
        ["com", "net", "org", "io", "co", "ly", "me", "shop", "store", "link", "app", "gg", "tv", "biz", "info", "xyz", "site", "online"];

    /// <summary>"bit.ly/x", "shop.example.com": letters and digits, a dot, then a known top-level domain.</summary>
    private static bool LooksLikeDomain(ReadOnlySpan<char> chunk)
    {
        chunk = chunk.TrimEnd(".,!?)");
        var slash = chunk.IndexOf('/');
        var host = slash >= 0 ? chunk[..slash] : chunk;
        var dot = host.LastIndexOf('.');
        if (dot <= 0 || dot == host.Length - 1 || host.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var top = host[(dot + 1)..];
        var known = false;
        foreach (var domain in LinkDomains)
        {
            known |= top.Equals(domain, StringComparison.OrdinalIgnoreCase);
        }

        if (!known)
        {
            return false;
        }

        foreach (var c in host[..dot])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
