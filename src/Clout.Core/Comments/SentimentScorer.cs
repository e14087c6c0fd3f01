using System.Buffers;
using System.Text;

namespace Clout.Core.Comments;

/// <summary>
/// VADER (Hutto &amp; Gilbert 2014, rules of vaderSentiment 3.3.x) over spans of the text: one pass to split words,
/// one frozen-dictionary lookup per word, one pass of rules over a fixed window (three words back, two ahead), so the
/// time is linear in the text's length and a short comment allocates nothing.
/// Extensions to VADER, each only where VADER would find nothing: an elongated word ("goood", "sooo") is looked up
/// with its letter runs shortened; a few social-media spellings borrow a lexicon word's valence ("luv"); emoji
/// sequences drop their variation selectors, joiners and skin tones before the emoji → name step.
/// Deviation: "but" scales each sentiment before/after it exactly once (VADER 3.3's list.index() lookup can rescale
/// an earlier equal value instead, and is quadratic).
/// No length limit here: CommentScorer, the entry point for comments, enforces CommentScorer.MaxLength.
/// </summary>
public static class SentimentScorer
{
    /// <summary>Words up to this count live on the stack; longer texts rent from the shared array pool.</summary>
    private const int StackWords = 128;

    /// <summary>A letter repeated this often in a row marks an elongated word ("goood"); English words have at most two.</summary>
    private const int ElongationRun = 3;

    /// <summary>Longer tokens are not de-elongated (no real word is this long; keeps the stack buffer small).</summary>
    private const int MaxElongatedLength = 64;

    public static SentimentScore Score(string? text) => Score(text.AsSpan());

    public static SentimentScore Score(ReadOnlySpan<char> text)
    {
        var lexicon = SentimentLexicon.Default;
        if (text.IndexOfAnyExceptInRange('\0', '\u007F') < 0)
        {
            return ScoreWords(text, lexicon); // ASCII: no emoji to name, score the text in place
        }

        var buffer = new TextBuffer(text.Length + 64);
        try
        {
            NameEmoji(text, lexicon, ref buffer);
            return ScoreWords(buffer.Written, lexicon);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>VADER's emoji step: each emoji becomes its name as words ("😂" → "face with tears of joy").</summary>
    private static void NameEmoji(ReadOnlySpan<char> text, SentimentLexicon lexicon, ref TextBuffer buffer)
    {
        var previousSpace = true;
        var i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                buffer.Append(text[i]); // a lone surrogate (binary input) stays as it is: a word no lexicon knows
                previousSpace = false;
                i++;
                continue;
            }

            i += consumed;
            if (IsEmojiModifier(rune.Value))
            {
                continue;
            }

            if (lexicon.EmojiName(rune.Value) is { } name)
            {
                if (!previousSpace)
                {
                    buffer.Append(' ');
                }

                buffer.Append(name);
                previousSpace = false;
            }
            else
            {
                buffer.Append(text.Slice(i - consumed, consumed));
                previousSpace = rune.Value == ' ';
            }
        }
    }

    /// <summary>Variation selector 16, zero-width joiner and the five skin tones only shape the emoji beside them.</summary>
    private static bool IsEmojiModifier(int codePoint) =>
        codePoint is 0xFE0F or 0x200D or (>= 0x1F3FB and <= 0x1F3FF);

    private static SentimentScore ScoreWords(ReadOnlySpan<char> text, SentimentLexicon lexicon)
    {
        // Short texts: every word takes at least one character and one separator, so this bounds the word count and
        // the stack holds them. Long texts: count the words first, so a megabyte of text rents what it needs.
        var bound = (text.Length / 2) + 1;
        if (bound > StackWords)
        {
            bound = CountWords(text);
        }

        Word[]? rented = null;
        Span<Word> words = bound <= StackWords
            ? stackalloc Word[StackWords]
            : (rented = ArrayPool<Word>.Shared.Rent(bound));
        try
        {
            var count = Split(text, lexicon, words);
            return count == 0 ? SentimentScore.Empty : Valence(text, words[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<Word>.Shared.Return(rented);
            }
        }
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    /// <summary>
    /// VADER's tokens: split on white space, strip ASCII punctuation from both ends unless that leaves two characters
    /// or fewer (so ":)" and ":-(" stay emoticons), look each up once.
    /// </summary>
    private static int Split(ReadOnlySpan<char> text, SentimentLexicon lexicon, Span<Word> words)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var token = text[start..i];
            var stripped = StripPunctuation(token);
            if (stripped.Length > 2)
            {
                token = stripped;
            }

            words[count++] = Classify(token, lexicon);
        }

        return count;
    }

    private static ReadOnlySpan<char> StripPunctuation(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && IsAsciiPunctuation(token[start]))
        {
            start++;
        }

        while (end > start && IsAsciiPunctuation(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>Python's string.punctuation: the 32 printable ASCII symbols.</summary>
    private static bool IsAsciiPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static Word Classify(ReadOnlySpan<char> token, SentimentLexicon lexicon)
    {
        var entry = lexicon.Find(token);
        if (entry == LexiconEntry.Unknown && token.Length <= MaxElongatedLength && HasRun(token, ElongationRun))
        {
            entry = FindElongated(token, lexicon);
        }

        // VADER's negated(): a negation word, or any word containing "n't".
        var negates = entry.Negates
            || (token.Contains('\'') && token.Contains("n't", StringComparison.OrdinalIgnoreCase));
        return new Word(entry, negates, IsUpper(token));
    }

    /// <summary>"goood" → "good", "loooove" → "loove" → "love": runs of 3+ shortened to two letters, then to one.</summary>
    private static LexiconEntry FindElongated(ReadOnlySpan<char> token, SentimentLexicon lexicon)
    {
        Span<char> shortened = stackalloc char[MaxElongatedLength];
        for (var keep = 2; keep >= 1; keep--)
        {
            var length = 0;
            var run = 0;
            for (var i = 0; i < token.Length; i++)
            {
                run = i > 0 && char.ToLowerInvariant(token[i]) == char.ToLowerInvariant(token[i - 1]) ? run + 1 : 1;
                if (run <= keep || !char.IsLetter(token[i]))
                {
                    shortened[length++] = token[i];
                }
            }

            var entry = lexicon.Find(shortened[..length]);
            if (entry != LexiconEntry.Unknown)
            {
                return entry;
            }
        }

        return LexiconEntry.Unknown;
    }

    private static bool HasRun(ReadOnlySpan<char> token, int length)
    {
        var run = 1;
        for (var i = 1; i < token.Length; i++)
        {
            run = token[i] == token[i - 1] && char.IsLetter(token[i]) ? run + 1 : 1;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Python's str.isupper(): at least one cased letter and no lower-case one.</summary>
    private static bool IsUpper(ReadOnlySpan<char> token)
    {
        var cased = false;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            cased |= char.IsUpper(c);
        }

        return cased;
    }

    private static SentimentScore Valence(ReadOnlySpan<char> text, Span<Word> words)
    {
        // ALL CAPS counts as emphasis only when some words are not in caps ("GREAT product" vs "GREAT PRODUCT").
        var upper = 0;
        foreach (ref readonly var word in words)
        {
            upper += word.IsUpper ? 1 : 0;
        }

        var capsDiffer = upper > 0 && upper < words.Length;
        for (var i = 0; i < words.Length; i++)
        {
            ref var word = ref words[i];
            word.Sentiment = word.Entry.IsBooster
                || (word.Rule == RuleWord.Kind && i + 1 < words.Length && words[i + 1].Rule == RuleWord.Of)
                ? 0
                : WordValence(words, i, capsDiffer);
        }

        ApplyBut(words);
        return Summarise(text, words);
    }

    /// <summary>VADER's sentiment_valence for word i: lexicon valence, "no", caps, boosters, negation, idioms, "least".</summary>
    private static double WordValence(ReadOnlySpan<Word> words, int i, bool capsDiffer)
    {
        var word = words[i];
        if (!word.Entry.HasValence)
        {
            return 0;
        }

        var lexical = word.Entry.Valence;
        var valence = lexical;

        // "no" before another lexicon word negates it instead of counting as a negative word itself.
        if (word.Rule == RuleWord.No && i != words.Length - 1 && words[i + 1].Entry.HasValence)
        {
            valence = 0;
        }

        if ((i > 0 && words[i - 1].Rule == RuleWord.No)
            || (i > 1 && words[i - 2].Rule == RuleWord.No)
            || (i > 2 && words[i - 3].Rule == RuleWord.No && words[i - 1].Rule is RuleWord.Or or RuleWord.Nor))
        {
            valence = lexical * VaderRules.NegationScalar;
        }

        if (word.IsUpper && capsDiffer)
        {
            valence += valence > 0 ? VaderRules.CapsIncrease : -VaderRules.CapsIncrease;
        }

        for (var back = 0; back < 3; back++)
        {
            if (i <= back)
            {
                break;
            }

            var before = words[i - back - 1];
            if (before.Entry.HasValence)
            {
                continue;
            }

            var scalar = BoosterScalar(before, valence, capsDiffer);
            if (scalar != 0)
            {
                scalar *= back switch { 1 => VaderRules.SecondWordDamping, 2 => VaderRules.ThirdWordDamping, _ => 1 };
            }

            valence = NegationCheck(valence + scalar, words, back, i);
            if (back == 2)
            {
                valence = IdiomCheck(valence, words, i);
            }
        }

        return LeastCheck(valence, words, i);
    }

    private static double BoosterScalar(Word before, double valence, bool capsDiffer)
    {
        if (!before.Entry.IsBooster)
        {
            return 0;
        }

        var scalar = valence < 0 ? -before.Entry.Booster : before.Entry.Booster;
        if (before.IsUpper && capsDiffer)
        {
            scalar += valence > 0 ? VaderRules.CapsIncrease : -VaderRules.CapsIncrease;
        }

        return scalar;
    }

    private static double NegationCheck(double valence, ReadOnlySpan<Word> words, int back, int i)
    {
        switch (back)
        {
            case 0:
                return words[i - 1].Negates ? valence * VaderRules.NegationScalar : valence;
            case 1:
                if (words[i - 2].Rule == RuleWord.Never && words[i - 1].Rule is RuleWord.So or RuleWord.This)
                {
                    return valence * VaderRules.NeverSoFactor;
                }

                if (words[i - 2].Rule == RuleWord.Without && words[i - 1].Rule == RuleWord.Doubt)
                {
                    return valence;
                }

                return words[i - 2].Negates ? valence * VaderRules.NegationScalar : valence;
            default:
                // As in VADER 3.3: "so"/"this" right before the word also scales by 1.25 here.
                if ((words[i - 3].Rule == RuleWord.Never && words[i - 2].Rule is RuleWord.So or RuleWord.This)
                    || words[i - 1].Rule is RuleWord.So or RuleWord.This)
                {
                    return valence * VaderRules.NeverSoFactor;
                }

                if (words[i - 3].Rule == RuleWord.Without
                    && (words[i - 2].Rule == RuleWord.Doubt || words[i - 1].Rule == RuleWord.Doubt))
                {
                    return valence;
                }

                return words[i - 3].Negates ? valence * VaderRules.NegationScalar : valence;
        }
    }

    /// <summary>VADER's special-case idioms around word i (i ≥ 3), then the two-word dampeners before it.</summary>
    private static double IdiomCheck(double valence, ReadOnlySpan<Word> words, int i)
    {
        // The order of VADER's sequences: (i-1,i), (i-2..i), (i-2,i-1), (i-3..i-1), (i-3,i-2); the first match wins.
        ReadOnlySpan<(int Start, int Length)> behind = [(i - 1, 2), (i - 2, 3), (i - 2, 2), (i - 3, 3), (i - 3, 2)];
        foreach (var (start, length) in behind)
        {
            if (Idiom(words.Slice(start, length)) is { } idiom)
            {
                valence = idiom;
                break;
            }
        }

        if (words.Length - 1 > i && Idiom(words.Slice(i, 2)) is { } after)
        {
            valence = after;
        }

        if (words.Length - 1 > i + 1 && Idiom(words.Slice(i, 3)) is { } afterTwo)
        {
            valence = afterTwo;
        }

        // Two-word dampeners ("kind of") among the three words before; three-word n-grams never match a bigram.
        foreach (var (first, second, scalar) in VaderRules.BoosterBigrams)
        {
            if ((words[i - 3].Rule == first && words[i - 2].Rule == second)
                || (words[i - 2].Rule == first && words[i - 1].Rule == second))
            {
                valence += scalar;
            }
        }

        return valence;
    }

    private static double? Idiom(ReadOnlySpan<Word> sequence)
    {
        if (sequence[0].Rule == RuleWord.None)
        {
            return null;
        }

        foreach (var (idiom, valence) in VaderRules.Idioms)
        {
            if (idiom.Length != sequence.Length)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < idiom.Length && matches; k++)
            {
                matches = sequence[k].Rule == idiom[k];
            }

            if (matches)
            {
                return valence;
            }
        }

        return null;
    }

    private static double LeastCheck(double valence, ReadOnlySpan<Word> words, int i)
    {
        if (i > 0 && words[i - 1].Rule == RuleWord.Least && !words[i - 1].Entry.HasValence)
        {
            // "at least good" and "very least" do not negate; "least good" does.
            if (i == 1 || (words[i - 2].Rule != RuleWord.At && words[i - 2].Rule != RuleWord.Very))
            {
                return valence * VaderRules.NegationScalar;
            }
        }

        return valence;
    }

    /// <summary>Contrast: sentiment before the first "but" counts half, after it one and a half times.</summary>
    private static void ApplyBut(Span<Word> words)
    {
        var but = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Rule == RuleWord.But)
            {
                but = i;
                break;
            }
        }

        if (but < 0)
        {
            return;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (i < but)
            {
                words[i].Sentiment *= VaderRules.BeforeButFactor;
            }
            else if (i > but)
            {
                words[i].Sentiment *= VaderRules.AfterButFactor;
            }
        }
    }

    private static SentimentScore Summarise(ReadOnlySpan<char> text, ReadOnlySpan<Word> words)
    {
        double sum = 0, positive = 0, negative = 0;
        var neutral = 0;
        foreach (ref readonly var word in words)
        {
            sum += word.Sentiment;
            if (word.Sentiment > 0)
            {
                positive += word.Sentiment + 1; // +1 and −1 weigh a sentiment word against neutral words, counted 1 each
            }
            else if (word.Sentiment < 0)
            {
                negative += word.Sentiment - 1;
            }
            else
            {
                neutral++;
            }
        }

        var emphasis = PunctuationEmphasis(text);
        if (sum > 0)
        {
            sum += emphasis;
        }
        else if (sum < 0)
        {
            sum -= emphasis;
        }

        var compound = Math.Clamp(sum / Math.Sqrt((sum * sum) + VaderRules.NormalizationAlpha), -1, 1);
        if (positive > Math.Abs(negative))
        {
            positive += emphasis;
        }
        else if (positive < Math.Abs(negative))
        {
            negative -= emphasis;
        }

        var total = positive + Math.Abs(negative) + neutral;
        return new SentimentScore(compound, Math.Abs(positive / total), Math.Abs(neutral / total), Math.Abs(negative / total));
    }

    /// <summary>"!" adds 0.292 each (up to 4); "??" and "???" add 0.18 each, four or more add 0.96.</summary>
    private static double PunctuationEmphasis(ReadOnlySpan<char> text)
    {
        var exclamations = Math.Min(text.Count('!'), VaderRules.MaxExclamations);
        var questions = text.Count('?');
        var questionEmphasis = questions switch
        {
            <= 1 => 0,
            <= 3 => questions * VaderRules.QuestionIncrease,
            _ => VaderRules.MaxQuestionIncrease,
        };
        return (exclamations * VaderRules.ExclamationIncrease) + questionEmphasis;
    }

    /// <summary>One token as the rules see it; <see cref="Sentiment"/> is filled in by the valence pass.</summary>
    private struct Word(LexiconEntry entry, bool negates, bool isUpper)
    {
        public readonly LexiconEntry Entry = entry;
        public readonly bool Negates = negates;
        public readonly bool IsUpper = isUpper;
        public double Sentiment;

        public readonly RuleWord Rule => Entry.Rule;
    }

    /// <summary>A growable char buffer from the shared pool, for the text with emoji replaced by their names.</summary>
    private struct TextBuffer(int capacity) : IDisposable
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(capacity);
        private int _length;

        public readonly ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

        public void Append(char c)
        {
            Ensure(1);
            _chars[_length++] = c;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            Ensure(text.Length);
            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }

        public void Dispose() => ArrayPool<char>.Shared.Return(_chars);

        private void Ensure(int more)
        {
            if (_length + more <= _chars.Length)
            {
                return;
            }

            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
            _chars.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }
    }
}
