using Clout.Access;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Settings;

/// <summary>
/// The workspace's dashboard logins for its owners, through <see cref="UserAccounts"/> and <see cref="UserStore"/> as
/// `clout user` does: the same checks, and the same rule that the workspace's last owner stays an owner.
/// </summary>
public sealed class UsersModel(UserStore store, UserAccounts accounts) : PageModel
{
    public IReadOnlyList<UserInfo> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>What was typed into the new-user form when it was refused (never the password).</summary>
    public string? Email { get; private set; }

    public string Role { get; private set; } = Core.Access.Role.Analyst.ToName();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await store.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? email, string? role, string? password, CancellationToken cancellationToken)
    {
        (Email, Role) = (email, role ?? "");
        if (string.IsNullOrWhiteSpace(email))
        {
            return await RefuseAsync("E-mail: give the new user's e-mail address.", cancellationToken);
        }
        if (ParseRole(role) is not { } parsed)
        {
            return await RefuseAsync(RoleProblem(role), cancellationToken);
        }
        try
        {
            await accounts.CreateAsync(email, password ?? "", parsed, cancellationToken);
        }
        catch (StorageValidationException e)
        {
            return await RefuseAsync(e.Message, cancellationToken);
        }
        return await DoneAsync($"{email.Trim()} can now sign in as {parsed.ToName()}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRoleAsync(string? email, string? role, CancellationToken cancellationToken)
    {
        if (ParseRole(role) is not { } parsed)
        {
            return await RefuseAsync(RoleProblem(role), cancellationToken);
        }
        try
        {
            await store.SetRoleAsync(email ?? "", parsed, cancellationToken);
        }
        catch (StorageValidationException e)
        {
            return await RefuseAsync(e.Message, cancellationToken);
        }
        return await DoneAsync($"{email!.Trim()} is now {parsed.ToName()}; their sessions have ended.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? email, CancellationToken cancellationToken)
    {
        try
        {
            await store.RemoveAsync(email ?? "", cancellationToken);
        }
        catch (StorageValidationException e)
        {
            return await RefuseAsync(e.Message, cancellationToken);
        }
        return await DoneAsync($"{email!.Trim()} was removed; their sessions have ended.", cancellationToken);
    }

    private static Role? ParseRole(string? role) =>
        role is not null && StoredNames.All<Role>().Contains(role) ? StoredNames.Parse<Role>(role) : null;

    private static string RoleProblem(string? role) => $"Role: '{role}' is not a role; choose {string.Join(", ", StoredNames.All<Role>())}.";

    private async Task<IActionResult> DoneAsync(string message, CancellationToken cancellationToken)
    {
        (Message, Email, Role) = (message, null, Core.Access.Role.Analyst.ToName());
        Users = await store.ListAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(string problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        Users = await store.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
