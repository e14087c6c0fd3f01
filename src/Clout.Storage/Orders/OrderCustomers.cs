using System.Security.Cryptography;
using System.Text;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Orders;

/// <summary>
/// The customers a set of orders names: the shop's customer id, or for a guest order with only an e-mail, an id made
/// from the address's hash under the workspace's salt (repeat buyers match, the address is never stored). A customer
/// is created with its first order; a known one's first order moves earlier when an older order arrives.
/// </summary>
internal sealed class OrderCustomers(CloutDbContext db, byte[]? emailSalt)
{
    /// <summary>Prefix of the customer id made from the e-mail hash when a guest order names no customer.</summary>
    public const string EmailCustomerPrefix = "email:";

    /// <summary>Bytes of the per-workspace e-mail salt.</summary>
    private const int SaltBytes = 32;

    /// <summary>Makes the workspace's e-mail salt on first use; when two requests race, the first one's salt stays.</summary>
    public static async Task<byte[]> EnsureEmailSaltAsync(CloutDbContext db, long workspaceId, CancellationToken cancellationToken)
    {
        var fresh = RandomNumberGenerator.GetBytes(SaltBytes);
        await db.Workspaces.Where(w => w.Id == workspaceId && w.EmailSalt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.EmailSalt, fresh), cancellationToken);
        return await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.EmailSalt!).SingleAsync(cancellationToken);
    }

    /// <summary>The customer's id at the shop; for a guest order with only an e-mail, one made from the e-mail's hash.</summary>
    public string? KeyOf(OrderInput input) =>
        input.CustomerId ?? (EmailHash(input.Email) is { } hash ? EmailCustomerPrefix + hash : null);

    /// <summary>HMAC-SHA256 of the trimmed, lower-cased address under the workspace's salt.</summary>
    public string? EmailHash(string? email) =>
        string.IsNullOrWhiteSpace(email) || emailSalt is null
            ? null
            : Convert.ToHexStringLower(HMACSHA256.HashData(emailSalt, Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    /// <summary>
    /// Creates the customers these orders name and moves known customers' first order earlier where one of these is
    /// older. Returns customer ids by external id.
    /// </summary>
    public async Task<Dictionary<string, long>> UpsertAsync(IReadOnlyList<OrderInput> inputs, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, (DateTime First, string? EmailHash)>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (KeyOf(input) is not { } key)
            {
                continue;
            }
            var hash = EmailHash(input.Email);
            wanted[key] = wanted.TryGetValue(key, out var seen)
                ? (seen.First < input.OccurredAtUtc ? seen.First : input.OccurredAtUtc, seen.EmailHash ?? hash)
                : (input.OccurredAtUtc, hash);
        }
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return ids;
        }
        var known = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Keys.Chunk(OrderIntake.LookupChunk))
        {
            foreach (var customer in await db.Customers.AsNoTracking().Where(c => chunk.Contains(c.ExternalId)).ToListAsync(cancellationToken))
            {
                known[customer.ExternalId] = customer;
            }
        }
        var added = new List<Customer>();
        foreach (var (key, (first, hash)) in wanted)
        {
            if (known.TryGetValue(key, out var customer))
            {
                ids[key] = customer.Id;
                // Conditional updates, not read-modify-write: under PostgreSQL's read committed a concurrent intake
                // may have moved the first order meanwhile, and the WHERE is re-checked on the row it waited for.
                if (first < customer.FirstOrderAtUtc)
                {
                    await db.Customers.Where(c => c.Id == customer.Id && c.FirstOrderAtUtc > first)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstOrderAtUtc, first), cancellationToken);
                }
                if (hash is not null && customer.EmailHash is null)
                {
                    await db.Customers.Where(c => c.Id == customer.Id && c.EmailHash == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.EmailHash, hash), cancellationToken);
                }
            }
            else
            {
                customer = new Customer { ExternalId = key, EmailHash = hash, FirstOrderAtUtc = first };
                db.Customers.Add(customer);
                added.Add(customer);
            }
        }
        if (added.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var customer in added)
            {
                ids[customer.ExternalId] = customer.Id;
            }
        }
        return ids;
    }
}
