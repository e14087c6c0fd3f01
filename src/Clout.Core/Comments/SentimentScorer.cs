using System.Buffers;

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
/// The steps, in order: <see cref="EmojiNames"/>, <see cref="SentimentTokenizer"/>, <see cref="WordValence"/> (with
/// <see cref="VaderIdioms"/>), the "but" rule here, <see cref="SentimentSummary"/>.
/// </summary>
public static class SentimentScorer
{
    /// <summary>Words up to this count live on the stack; longer texts rent from the shared array pool.</summary>
    private const int StackWords = 128;

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
            EmojiNames.Write(text, lexicon, ref buffer);
            return ScoreWords(buffer.Written, lexicon);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static SentimentScore ScoreWords(ReadOnlySpan<char> text, SentimentLexicon lexicon)
    {
        // Short texts: every word takes at least one character and one separator, so this bounds the word count and
        // the stack holds them. Long texts: count the words first, so a megabyte of text rents what it needs.
        var bound = (text.Length / 2) + 1;
        if (bound > StackWords)
        {
            bound = SentimentTokenizer.CountWords(text);
        }

        SentimentWord[]? rented = null;
        Span<SentimentWord> words = bound <= StackWords
            ? stackalloc SentimentWord[StackWords]
            : (rented = ArrayPool<SentimentWord>.Shared.Rent(bound));
        try
        {
            var count = SentimentTokenizer.Split(text, lexicon, words);
            return count == 0 ? SentimentScore.Empty : Valence(text, words[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<SentimentWord>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Each word's valence in context, then the "but" rule across the text, then the summary.</summary>
    private static SentimentScore Valence(ReadOnlySpan<char> text, Span<SentimentWord> words)
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
                : WordValence.Of(words, i, capsDiffer);
        }

        ApplyBut(words);
        return SentimentSummary.Of(text, words);
    }

    /// <summary>Contrast: sentiment before the first "but" counts half, after it one and a half times.</summary>
    private static void ApplyBut(Span<SentimentWord> words)
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
}
