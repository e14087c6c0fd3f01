namespace Clout.Tests;

/// <summary>The repository the tests were built from, for tests of its files (docs, deploy/).</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder with Clout.slnx, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Clout.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with Clout.slnx) is not above the test binaries.");
    }
}
