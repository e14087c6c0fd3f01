using System.Text.RegularExpressions;

namespace Clout.Tests.Architecture;

/// <summary>
/// docs/architecture.md draws, per assembly, every folder and every arrow between them (Mermaid). The drawing is
/// compared with the arrows of the compiled code, so that the document cannot drift from what is built: a new arrow
/// fails this test until it is drawn, and an arrow that went away until it is rubbed out.
/// </summary>
public sealed partial class ArchitectureDiagramTests
{
    private static readonly string[] Assemblies = ["Clout", "Clout.Storage", "Clout.Core"];

    [Fact]
    public void Diagrams_InDocsArchitecture_DrawEveryArrowOfTheCode()
    {
        var drawn = DrawnArrows(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "architecture.md")));
        var problems = new List<string>();
        foreach (var assembly in Assemblies)
        {
            var built = ArchitectureTests.Slices.Value.Arrows
                .Where(a => Assembly(a.From) == assembly && Assembly(a.To) == assembly)
                .Select(a => $"{Node(a.From)} --> {Node(a.To)}")
                .ToHashSet(StringComparer.Ordinal);
            var inDocs = drawn.TryGetValue(assembly, out var arrows) ? arrows : [];
            var missing = built.Except(inDocs).Order(StringComparer.Ordinal).ToList();
            var gone = inDocs.Except(built).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0 || gone.Count > 0)
            {
                problems.Add($"{assembly}: not drawn: [{string.Join(", ", missing)}]; drawn but not in the code: [{string.Join(", ", gone)}]\n"
                    + $"  the code's arrows, to paste under '%% {assembly}':\n    {string.Join("\n    ", built.Order(StringComparer.Ordinal))}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void DrawnArrows_ReadsEachBlockUnderItsAssembly()
    {
        const string Markdown = """
            text
            ```mermaid
            flowchart LR
              %% Clout.Storage
              root --> Reports
              Reports --> Reads
              Reads[Reads/]
            ```
            ```mermaid
            flowchart LR
              %% Clout.Core
              Reports --> Roster
            ```
            """;

        var drawn = DrawnArrows(Markdown);

        Assert.Equal(["Reports --> Reads", "root --> Reports"], drawn["Clout.Storage"].Order(StringComparer.Ordinal));
        Assert.Equal(["Reports --> Roster"], drawn["Clout.Core"]);
    }

    /// <summary>The arrows of each ```mermaid block, by the assembly its "%% Name" line names.</summary>
    private static Dictionary<string, HashSet<string>> DrawnArrows(string markdown)
    {
        var drawn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match block in MermaidBlock().Matches(markdown))
        {
            var text = block.Groups[1].Value;
            if (AssemblyLine().Match(text) is not { Success: true } name)
            {
                continue;
            }
            var arrows = drawn.TryGetValue(name.Groups[1].Value, out var found) ? found : drawn[name.Groups[1].Value] = new(StringComparer.Ordinal);
            foreach (Match arrow in Arrow().Matches(text))
            {
                arrows.Add($"{arrow.Groups[1].Value} --> {arrow.Groups[2].Value}");
            }
        }
        return drawn;
    }

    private static string Assembly(string slice) => slice[..slice.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>A slice as a Mermaid node id: its folder, or "root" for the assembly's own namespace.</summary>
    private static string Node(string slice) => slice[(slice.IndexOf('/', StringComparison.Ordinal) + 1)..] is "(root)" ? "root" : slice[(slice.IndexOf('/', StringComparison.Ordinal) + 1)..];

    [GeneratedRegex(@"```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    [GeneratedRegex(@"^\s*%%\s*(Clout[\w.]*)\s*$", RegexOptions.Multiline)]
    private static partial Regex AssemblyLine();

    [GeneratedRegex(@"^\s*(\w+)\s*-->\s*(\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Arrow();
}
