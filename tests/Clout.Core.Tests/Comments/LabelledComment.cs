using System.Text;

namespace Clout.Core.Tests.Comments;

/// <summary>
/// tests/Clout.Core.Tests/Comments/labelled-comments.csv: comments written for these tests (not scraped), each
/// labelled skeptical / intent / spam (0 or 1). Split "tuned" is what the cue tables were written against (in
/// rounds: each round's new comments were scored, their misses studied and cues added); "unseen" was written after
/// the last change to the cues and scored once, so its figures are the honest estimate.
/// </summary>
internal sealed record LabelledComment(string Text, bool Skeptical, bool Intent, bool Spam, string Split)
{
    public static IReadOnlyList<LabelledComment> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Comments", "labelled-comments.csv");
        var rows = new List<LabelledComment>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8).Skip(1))
        {
            var fields = ParseCsvLine(line);
            rows.Add(new LabelledComment(fields[0], fields[1] == "1", fields[2] == "1", fields[3] == "1", fields[4]));
        }

        return rows;
    }

    /// <summary>One RFC 4180 line (quoted fields, "" for a quote); the file has no line breaks inside fields.</summary>
    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
