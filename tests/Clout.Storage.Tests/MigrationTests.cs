using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Storage.Tests;

public sealed class MigrationTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_CoverTheModel_NoPendingChanges(DatabaseProvider provider)
    {
        // A model change without its migration would pass on a fresh test database and break every existing one.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"the {provider} model has changes without a migration: run dotnet ef migrations add");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }
}
