using System.Buffers;
using System.Text;

namespace Clout.Core.Comments;

/// <summary>
/// VADER's emoji step: each emoji becomes its name as words ("😂" → "face with tears of joy"). Beyond VADER, variation
/// selectors, joiners and skin tones are dropped first, so "❤️" and "👍🏽" are named like "❤" and "👍".
/// </summary>
internal static class EmojiNames
{
    public static void Write(ReadOnlySpan<char> text, SentimentLexicon lexicon, ref TextBuffer buffer)
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
}
