namespace Clout.Core.Tracking;

/// <summary>
/// The names clicks are stored under ("human", "bot", …): the database's kind column, the visitor-days trigger
/// (which compares kind = 'human') and every writer of raw SQL use these, so they never change.
/// </summary>
public static class ClickKindNames
{
    public static string ToName(this ClickKind kind) => kind switch
    {
        ClickKind.Human => "human",
        ClickKind.Bot => "bot",
        ClickKind.Preview => "preview",
        ClickKind.Scanner => "scanner",
        ClickKind.Head => "head",
        ClickKind.Internal => "internal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a click kind."),
    };

    /// <summary>Parses a stored name (exactly as <see cref="ToName"/> writes it).</summary>
    public static ClickKind Parse(string name) => name switch
    {
        "human" => ClickKind.Human,
        "bot" => ClickKind.Bot,
        "preview" => ClickKind.Preview,
        "scanner" => ClickKind.Scanner,
        "head" => ClickKind.Head,
        "internal" => ClickKind.Internal,
        _ => throw new FormatException($"'{name}' is not a click kind (human, bot, preview, scanner, head, internal)."),
    };
}
