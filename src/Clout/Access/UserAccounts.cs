using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Identity;

namespace Clout.Access;

/// <summary>Dashboard logins: passwords hashed with ASP.NET Core Identity's PBKDF2 hasher, never stored in clear.</summary>
public sealed class UserAccounts(UserStore store, IPasswordHasher<DashboardUser> hasher)
{
    /// <summary>NIST SP 800-63B's floor for memorised secrets.</summary>
    public const int MinPasswordLength = 8;

    private static readonly DashboardUser Subject = new();

    public async Task CreateAsync(string email, string password, Role role, CancellationToken cancellationToken)
    {
        if (!IsEmail(email))
        {
            throw new StorageValidationException($"'{email}' is not an e-mail address.");
        }
        if (!Enum.IsDefined(role))
        {
            throw new StorageValidationException($"'{role}' is not a role; use {string.Join(", ", StoredNames.All<Role>())}.");
        }
        CheckPassword(password);
        await store.AddAsync(email, hasher.HashPassword(Subject, password), role, cancellationToken);
    }

    /// <summary>The user when e-mail and password match; null otherwise, taking similar time either way.</summary>
    public async Task<UserLogin?> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await store.FindAsync(email, cancellationToken);
        if (user is null)
        {
            // Hash anyway so that an unknown e-mail costs as long as a wrong password.
            hasher.HashPassword(Subject, password);
            return null;
        }
        var result = hasher.VerifyHashedPassword(Subject, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.UpdatePasswordHashAsync(user.Id, hasher.HashPassword(Subject, password), cancellationToken);
        }
        return user;
    }

    /// <summary>Sets a new password for an existing user and signs them out everywhere; false when there is no such user.</summary>
    public async Task<bool> ResetPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        CheckPassword(password);
        var user = await store.FindAsync(email, cancellationToken);
        if (user is null)
        {
            return false;
        }
        if (hasher.VerifyHashedPassword(Subject, user.PasswordHash, password) == PasswordVerificationResult.Success)
        {
            // The same password again (the demo's fixed one at each start): nobody who should not be signed in is.
            return true;
        }
        await store.ChangePasswordHashAsync(user.Id, hasher.HashPassword(Subject, password), cancellationToken);
        return true;
    }

    private static void CheckPassword(string password)
    {
        if (password.Length < MinPasswordLength)
        {
            throw new StorageValidationException($"The password must have at least {MinPasswordLength} characters.");
        }
    }

    private static bool IsEmail(string email)
    {
        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return trimmed.Length <= 254 && at > 0 && at < trimmed.Length - 1 && !trimmed.Contains(' ', StringComparison.Ordinal);
    }
}
