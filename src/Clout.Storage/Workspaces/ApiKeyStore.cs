using System.Security.Cryptography;
using System.Text;
using Clout.Core.Access;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Workspaces;

/// <summary>A workspace's API keys: issued once, stored as a hash, scoped, revocable.</summary>
public sealed class ApiKeyStore(CloutDbContext db, WorkspaceScope scope, TimeProvider clock)
{
    private const string KeyPrefix = "clout_";

    /// <summary>How stale "last used" may be: it costs one write per key and hour instead of one per request.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromHours(1);

    /// <summary>Creates an API key for the scope's workspace and returns the only copy of its secret.</summary>
    public async Task<string> CreateAsync(string? name, KeyScope keyScope, CancellationToken cancellationToken)
    {
        RequireScope();
        if (!Enum.IsDefined(keyScope))
        {
            throw new ArgumentOutOfRangeException(nameof(keyScope), keyScope, "Not a key scope.");
        }
        if (name is { Length: > 100 })
        {
            throw new StorageValidationException($"A key's name has at most 100 characters, not {name.Length}.");
        }
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var key = $"{KeyPrefix}{prefix}_{SecretKeys.NewSecret()}";
        db.ApiKeys.Add(new ApiKey
        {
            WorkspaceId = scope.WorkspaceId,
            Prefix = prefix,
            SecretHash = SecretKeys.Hash(key),
            Name = name,
            Scope = keyScope,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The key's workspace and scope, or null for an unknown, malformed or revoked key.</summary>
    public async Task<ApiKeyLogin?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
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
            .Join(db.Workspaces, k => k.WorkspaceId, w => w.Id, (k, w) => new
            {
                k.Id, k.SecretHash, k.Scope, k.LastUsedAtUtc,
                Workspace = new WorkspaceInfo(w.Id, w.Name, new TierPolicy(w.MicroFrom, w.MacroFrom, w.CelebrityFrom)),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.SecretHash), Encoding.ASCII.GetBytes(SecretKeys.Hash(presented))))
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored.LastUsedAtUtc is not { } last || now - last >= LastUsedResolution)
        {
            await db.ApiKeys.IgnoreQueryFilters().Where(k => k.Id == stored.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now), cancellationToken);
        }
        return new ApiKeyLogin(stored.Id, stored.Scope, stored.Workspace);
    }

    /// <summary>The scope's workspace's keys, revoked ones too, oldest first; never their secrets.</summary>
    public Task<List<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        RequireScope();
        return db.ApiKeys.AsNoTracking().OrderBy(k => k.Id)
            .Select(k => new ApiKeyInfo(k.Id, k.Name, KeyPrefix + k.Prefix, k.Scope, k.CreatedAtUtc, k.LastUsedAtUtc, k.RevokedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a key of the scope's workspace at once; false when it was revoked already.</summary>
    /// <exception cref="StorageValidationException">The workspace has no key with that id.</exception>
    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken)
    {
        RequireScope();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.ApiKeys.Where(k => k.Id == id && k.RevokedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAtUtc, now), cancellationToken) == 1)
        {
            return true;
        }
        return await db.ApiKeys.AnyAsync(k => k.Id == id, cancellationToken)
            ? false
            : throw new StorageValidationException($"Workspace '{scope.WorkspaceName}' has no API key with id {id}; `clout keys list` shows them.");
    }

    private void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }
}

/// <summary>Who a presented key is: which key, what it may do, and for which workspace.</summary>
public sealed record ApiKeyLogin(long KeyId, KeyScope Scope, WorkspaceInfo Workspace);

/// <summary>A key as `clout keys list` shows it: its public prefix, never its secret.</summary>
public sealed record ApiKeyInfo(long Id, string? Name, string Prefix, KeyScope Scope, DateTime CreatedAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc);
