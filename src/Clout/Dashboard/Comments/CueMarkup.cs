using System.Text;
using System.Text.Encodings.Web;
using Clout.Core.Comments;
using Microsoft.AspNetCore.Html;

namespace Clout.Dashboard.Comments;

/// <summary>
/// A comment with its cues as &lt;mark&gt; elements. Written in C# rather than Razor so that no template whitespace
/// lands inside the pre-wrapped text; every piece of the comment and every cue name is HTML-encoded.
/// </summary>
public static class CueMarkup
{
    public static IHtmlContent Render(IReadOnlyList<TextPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var html = new StringBuilder();
        var encoder = HtmlEncoder.Default;
        foreach (var piece in pieces)
        {
            if (piece.Flag is null)
            {
                html.Append(encoder.Encode(piece.Text));
                continue;
            }

            html.Append("<mark class=\"cue cue-").Append(encoder.Encode(piece.Flag))
                .Append("\" title=\"").Append(encoder.Encode($"{piece.Flag}: {piece.Cue}")).Append("\">")
                .Append(encoder.Encode(piece.Text)).Append("</mark>");
        }

        return new HtmlString(html.ToString());
    }
}
