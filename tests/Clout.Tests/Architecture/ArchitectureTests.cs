using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Loader;
using Clout.Core.Roster;
using Clout.Storage.Model;
using CompiledArchitecture = ArchUnitNET.Domain.Architecture;

namespace Clout.Tests.Architecture;

/// <summary>
/// The layout as a test, read off the compiled assemblies: every type reference the IL holds (signatures, fields,
/// calls, attributes, generic arguments, the compiler's closures and state machines), not the using lines.
/// A slice is an assembly's feature folder (its first namespace below the assembly's own); the assembly's own
/// namespace is a slice too, the composition root that registers the features.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly CoreAssembly = typeof(Tier).Assembly;
    private static readonly System.Reflection.Assembly StorageAssembly = typeof(CloutDbContext).Assembly;
    private static readonly System.Reflection.Assembly AppAssembly = typeof(CloutWebApp).Assembly;

    /// <summary>Each assembly's own namespace: the slices are the namespaces below it.</summary>
    private static readonly (string Assembly, string Root)[] Roots =
    [
        (CoreAssembly.GetName().Name!, "Clout.Core"),
        (StorageAssembly.GetName().Name!, "Clout.Storage"),
        (AppAssembly.GetName().Name!, "Clout"),
    ];

    /// <summary>What a pure domain library may not touch: files, the network, databases, the web, the console.</summary>
    private static readonly string[] InputOutput =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Data", "Npgsql", "System.Data", "System.Net",
        "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo", "System.Console",
    ];

    private static readonly Lazy<CompiledArchitecture> Loaded = new(() =>
        new ArchLoader().LoadAssemblies(CoreAssembly, StorageAssembly, AppAssembly).Build());

    /// <summary>Every arrow between slices of the three assemblies, read once for all the tests.</summary>
    internal static Lazy<SliceGraph> Slices { get; } = new(() => SlicesOf(Loaded.Value));

    [Fact]
    public void FeatureFolders_ImportEachOtherInNoLoop()
    {
        var loops = Slices.Value.Loops();

        Assert.True(loops.Count == 0, $"{loops.Count} loop(s) between feature folders:\n{string.Join("\n", loops.Select(Slices.Value.Describe))}");
    }

    [Fact]
    public void Core_ReferencesNothingOfStorageOrTheApp()
    {
        var references = ReferencesFrom(CoreAssembly, to => to.Assembly == StorageAssembly.GetName().Name || to.Assembly == AppAssembly.GetName().Name);

        Assert.True(references.Count == 0, string.Join("\n", references));
    }

    [Fact]
    public void Storage_ReferencesNothingOfTheApp()
    {
        var references = ReferencesFrom(StorageAssembly, to => to.Assembly == AppAssembly.GetName().Name);

        Assert.True(references.Count == 0, string.Join("\n", references));
    }

    [Fact]
    public void Core_DoesNoInputOrOutput()
    {
        var references = ReferencesFrom(CoreAssembly, to => InputOutput.Any(prefix => to.FullName.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.True(references.Count == 0, string.Join("\n", references));
    }

    /// <summary>Queries are registered in DI and handed to each other; one that builds another hides a dependency.</summary>
    [Fact]
    public void Queries_CreateNoOtherQuery()
    {
        var created = Loaded.Value.Types
            .Where(t => t.Assembly.Name.StartsWith(StorageAssembly.GetName().Name!, StringComparison.Ordinal))
            .SelectMany(t => t.Dependencies.OfType<MethodCallDependency>().Select(d => (Caller: t, Call: d)))
            .Where(c => c.Call.TargetMember.Name.StartsWith(".ctor", StringComparison.Ordinal)
                && IsQuery(c.Call.Target) && Outer(c.Caller) != Outer(c.Call.Target))
            .Select(c => $"{c.Caller.FullName} creates {c.Call.Target.FullName}")
            .Distinct()
            .ToList();

        Assert.True(created.Count == 0, string.Join("\n", created));
    }

    /// <summary>The loop finder itself: a graph with a loop must be reported, or a green test above would prove nothing.</summary>
    [Fact]
    public void SliceGraph_WithALoopThroughThreeSlices_ReportsIt()
    {
        var graph = new SliceGraph();
        graph.Add("Clout/Reports", "Clout/Presentation", "Clout.Reports.TierReportHtml -> Clout.Presentation.Charts");
        graph.Add("Clout/Presentation", "Clout/Planning", "Clout.Presentation.Charts -> Clout.Planning.PlanVerdicts");
        graph.Add("Clout/Planning", "Clout/Reports", "Clout.Planning.PlanForm -> Clout.Reports.ReportJson");
        graph.Add("Clout/Dashboard", "Clout/Reports", "one way only");

        var loop = Assert.Single(graph.Loops());

        Assert.Equal(["Clout/Planning", "Clout/Presentation", "Clout/Reports"], loop);
        Assert.Contains("Clout.Planning.PlanForm -> Clout.Reports.ReportJson", graph.Describe(loop), StringComparison.Ordinal);
    }

    [Fact]
    public void SliceGraph_WithArrowsOneWay_ReportsNoLoop()
    {
        var graph = new SliceGraph();
        graph.Add("Clout/Dashboard", "Clout/Reports", "a");
        graph.Add("Clout/Reports", "Clout/Presentation", "b");
        graph.Add("Clout/Dashboard", "Clout/Presentation", "c");

        Assert.Empty(graph.Loops());
    }

    private static SliceGraph SlicesOf(CompiledArchitecture architecture)
    {
        var graph = new SliceGraph();
        foreach (var type in architecture.Types)
        {
            if (SliceOf(type) is not { } from)
            {
                continue;
            }
            foreach (var dependency in type.Dependencies)
            {
                if (SliceOf(dependency.Target) is { } to)
                {
                    graph.Add(from, to, $"{Outer(type)} -> {Outer(dependency.Target)}");
                }
            }
        }
        return graph;
    }

    /// <summary>"Clout.Storage/Reports" for Clout.Storage.Reports.X; "Clout/(root)" for a type in the app's own namespace.</summary>
    private static string? SliceOf(IType type)
    {
        var assembly = type.Assembly?.Name.Split(',')[0];
        var (_, root) = Roots.FirstOrDefault(r => r.Assembly == assembly);
        var ns = type.Namespace?.FullName ?? "";
        if (root is null || !(ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)))
        {
            return null; // another library's type, or the compiler's (Program, attributes it emits)
        }
        return ns == root ? $"{root}/(root)" : $"{root}/{ns[(root.Length + 1)..].Split('.')[0]}";
    }

    private static List<string> ReferencesFrom(System.Reflection.Assembly assembly, Func<(string Assembly, string FullName), bool> forbidden) =>
        [.. Loaded.Value.Types
            .Where(t => t.Assembly.Name.Split(',')[0] == assembly.GetName().Name)
            .SelectMany(t => t.Dependencies.Select(d => (From: t, To: d.Target)))
            .Where(r => forbidden((r.To.Assembly?.Name.Split(',')[0] ?? "", r.To.FullName)))
            .Select(r => $"{Outer(r.From)} -> {r.To.FullName}")
            .Distinct()];

    private static bool IsQuery(IType type) => Outer(type).EndsWith("Query", StringComparison.Ordinal);

    /// <summary>The type a reader sees in the source: a nested type, closure or state machine ("A+&lt;RunAsync&gt;d__3") counts as A.</summary>
    private static string Outer(IType type) => type.FullName.Split('+')[0];
}
