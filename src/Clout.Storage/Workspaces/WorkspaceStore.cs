using System.Text.RegularExpressions;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Workspaces;

/// <summary>Workspaces: the few operations that cross tenants on purpose. Their keys and users have their own stores.</summary>
public sealed partial class WorkspaceStore(CloutDbContext db, TimeProvider clock)
{
    public const string DefaultName = "default";
    public const string DemoName = "demo";

    public Task<List<WorkspaceInfo>> ListAsync(CancellationToken cancellationToken) =>
        db.Workspaces.AsNoTracking().OrderBy(w => w.Name)
            .Select(w => new WorkspaceInfo(w.Id, w.Name, new TierPolicy(w.MicroFrom, w.MacroFrom, w.CelebrityFrom)))
            .ToListAsync(cancellationToken);

    public async Task<WorkspaceInfo?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = name.Trim().ToLowerInvariant();
        return await db.Workspaces.AsNoTracking().Where(w => w.Name == normalized)
            .Select(w => new WorkspaceInfo(w.Id, w.Name, new TierPolicy(w.MicroFrom, w.MacroFrom, w.CelebrityFrom)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<WorkspaceInfo?> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.Workspaces.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new WorkspaceInfo(w.Id, w.Name, new TierPolicy(w.MicroFrom, w.MacroFrom, w.CelebrityFrom)))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Creates a workspace with the default tier policy. Names are lower-case letters, digits and dashes.</summary>
    public async Task<WorkspaceInfo> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = name.Trim().ToLowerInvariant();
        if (!WorkspaceName().IsMatch(normalized))
        {
            throw new StorageValidationException($"'{name}' is not a valid workspace name: use 1-64 lower-case letters, digits and dashes, starting with a letter or digit.");
        }
        if (await db.Workspaces.AnyAsync(w => w.Name == normalized, cancellationToken))
        {
            throw new StorageValidationException($"A workspace named '{normalized}' already exists.");
        }
        var policy = TierPolicy.Default;
        var workspace = new Workspace
        {
            Name = normalized,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            MicroFrom = policy.MicroFrom,
            MacroFrom = policy.MacroFrom,
            CelebrityFrom = policy.CelebrityFrom,
        };
        db.Workspaces.Add(workspace);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            throw new StorageValidationException($"A workspace named '{normalized}' already exists.");
        }
        return new WorkspaceInfo(workspace.Id, workspace.Name, policy);
    }

    /// <summary>
    /// Removes a workspace that holds nothing, e.g. the 'default' a first import created before it failed, so that
    /// bad input leaves the database as it was. Returns false, changing nothing, when the workspace holds anything.
    /// </summary>
    public async Task<bool> DeleteIfEmptyAsync(long workspaceId, CancellationToken cancellationToken)
    {
        var owned = db.Model.GetEntityTypes().Where(t => typeof(IWorkspaceOwned).IsAssignableFrom(t.ClrType)).Select(t => t.GetTableName()).ToList();
        foreach (var table in owned)
        {
            // Table names come from the EF model, not from input; the id is a parameter.
#pragma warning disable EF1002
            var count = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {table} WHERE workspace_id = {{0}}", workspaceId).SingleAsync(cancellationToken);
#pragma warning restore EF1002
            if (count > 0)
            {
                return false;
            }
        }
        return await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    public async Task<WorkspaceInfo> FindOrCreateAsync(string name, CancellationToken cancellationToken) =>
        await FindAsync(name, cancellationToken) ?? await CreateAsync(name, cancellationToken);

    /// <summary>Changes a workspace's tier thresholds.</summary>
    public async Task SetTierPolicyAsync(long workspaceId, TierPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Validate() is { } problem)
        {
            throw new StorageValidationException($"Invalid tier policy: {problem}.");
        }
        await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteUpdateAsync(
            s => s.SetProperty(w => w.MicroFrom, policy.MicroFrom)
                  .SetProperty(w => w.MacroFrom, policy.MacroFrom)
                  .SetProperty(w => w.CelebrityFrom, policy.CelebrityFrom), cancellationToken);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex WorkspaceName();
}

public sealed record WorkspaceInfo(long Id, string Name, TierPolicy TierPolicy);
