namespace Clout.Core.Comments;

/// <summary>
/// A comment cut into plain and highlighted pieces for display: each cue that has a place in the text becomes a
/// piece carrying its flag and name. Pieces are plain text; the page encodes them (never raw HTML from a comment).
/// Where cues overlap, the earlier (then longer) one is shown.
/// </summary>
public static class CueHighlight
{
    public static IReadOnlyList<TextPiece> Pieces(string text, IEnumerable<(string Flag, Cue Cue)> cues)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cues);
        var pieces = new List<TextPiece>();
        var at = 0;
        foreach (var (flag, cue) in cues
            .Where(c => c.Cue.Length > 0 && c.Cue.Start >= 0 && c.Cue.Start + c.Cue.Length <= text.Length)
            .OrderBy(c => c.Cue.Start).ThenByDescending(c => c.Cue.Length))
        {
            if (cue.Start < at)
            {
                continue; // overlaps the piece already highlighted
            }

            if (cue.Start > at)
            {
                pieces.Add(new TextPiece(text[at..cue.Start], null, null));
            }

            pieces.Add(new TextPiece(text.Substring(cue.Start, cue.Length), flag, cue.Name));
            at = cue.Start + cue.Length;
        }

        if (at < text.Length)
        {
            pieces.Add(new TextPiece(text[at..], null, null));
        }

        return pieces;
    }
}

/// <summary>A piece of a comment: plain when <see cref="Flag"/> is null, else highlighted as that flag's cue.</summary>
public sealed record TextPiece(string Text, string? Flag, string? Cue);
