using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Clout.Core.Access;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Workspaces;

/// <summary>Workspaces, their API keys and their users: the few operations that cross tenants on purpose.</summary>
public sealed partial class WorkspaceStore(CloutDbContext db, WorkspaceScope scope, TimeProvider clock)
{
    public const string DefaultName = "default";
    public const string DemoName = "demo";
    private const string KeyPrefix = "clout_";
    private const int SecretBytes = 32;

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

    /// <summary>Creates an API key for the scope's workspace and returns the only copy of its secret.</summary>
    public async Task<string> CreateApiKeyAsync(string? name, CancellationToken cancellationToken)
    {
        RequireScope();
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = $"{KeyPrefix}{prefix}_{secret}";
        db.ApiKeys.Add(new ApiKey
        {
            WorkspaceId = scope.WorkspaceId,
            Prefix = prefix,
            SecretHash = Hash(key),
            Name = name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The workspace a presented key belongs to, or null for an unknown, malformed or revoked key.</summary>
    public async Task<WorkspaceInfo?> AuthenticateApiKeyAsync(string presented, CancellationToken cancellationToken)
    {
        if (!presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 200)
        {
            return null;
        }
        var rest = presented[KeyPrefix.Length..];
        var separator = rest.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return null;
        }
        var prefix = rest[..separator];
        var stored = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.Prefix == prefix && k.RevokedAtUtc == null)
            .Select(k => new { k.WorkspaceId, k.SecretHash })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.SecretHash), Encoding.ASCII.GetBytes(Hash(presented))))
        {
            return null;
        }
        return await FindAsync(stored.WorkspaceId, cancellationToken);
    }

    /// <summary>Adds a dashboard user to the scope's workspace; the caller hashes the password.</summary>
    public async Task AddUserAsync(string email, string passwordHash, Role role, CancellationToken cancellationToken)
    {
        RequireScope();
        var normalized = email.Trim().ToUpperInvariant();
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
        {
            throw new StorageValidationException($"A user with the e-mail '{email.Trim()}' already exists.");
        }
        db.Users.Add(new User
        {
            WorkspaceId = scope.WorkspaceId,
            Email = email.Trim(),
            NormalizedEmail = normalized,
            PasswordHash = passwordHash,
            Role = role,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            throw new StorageValidationException($"A user with the e-mail '{email.Trim()}' already exists.");
        }
    }

    /// <summary>Finds a user for sign-in, in whichever workspace it belongs to.</summary>
    public Task<UserLogin?> FindUserAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Join(db.Workspaces, u => u.WorkspaceId, w => w.Id, (u, w) => new UserLogin(u.Id, u.Email, u.PasswordHash, u.Role, w.Id, w.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken) =>
        await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, passwordHash), cancellationToken);

    private void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex WorkspaceName();
}

public sealed record WorkspaceInfo(long Id, string Name, TierPolicy TierPolicy);

public sealed record UserLogin(long Id, string Email, string PasswordHash, Role Role, long WorkspaceId, string WorkspaceName);
