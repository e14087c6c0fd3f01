using Clout.Core.Tracking;
using Clout.Storage;
using Clout.Storage.Model;
using Clout.Storage.Tracking;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Clout.Tests.Tracking;

public sealed class VisitorIdsTests
{
    private const string Address = "203.0.113.7";
    private const string Browser = TrackingLinkSeed.Browser;

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ForAsync_NextUtcDay_NewSaltNewIdAndPastSaltDeleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // The last millisecond of a UTC day, then the first of the next: the boundary is midnight UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 23, 59, 59, 999, TimeSpan.Zero));
        await using var services = Services(database, clock);
        var workspace = await CreateWorkspaceAsync(services);
        var visitors = services.GetRequiredService<VisitorIds>();

        var first = await visitors.ForAsync(workspace, Address, Browser, Ct);
        var again = await visitors.ForAsync(workspace, Address, Browser, Ct);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var nextDay = await visitors.ForAsync(workspace, Address, Browser, Ct);
        var nextDayAgain = await visitors.ForAsync(workspace, Address, Browser, Ct);

        Assert.Equal(first, again);
        Assert.NotEqual(first, nextDay);
        Assert.Equal(nextDay, nextDayAgain);
        Assert.DoesNotContain(Address, first, StringComparison.Ordinal);
        var salts = await SaltsAsync(services);
        var salt = Assert.Single(salts);
        Assert.Equal(new DateTime(2026, 3, 15, 0, 0, 0, DateTimeKind.Utc), salt.DayUtc);
        Assert.Equal(VisitorSaltStore.SaltBytes, salt.Salt.Length);
        Assert.Equal(nextDay, VisitorHash.Compute(salt.Salt, Address, Browser));
    }

    [Fact]
    public async Task ForAsync_TwoWorkspacesSameDay_DifferentSaltsDifferentIds()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = Services(database, new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 12, 0, 0, TimeSpan.Zero)));
        var a = await CreateWorkspaceAsync(services, "a");
        var b = await CreateWorkspaceAsync(services, "b");
        var visitors = services.GetRequiredService<VisitorIds>();

        Assert.NotEqual(await visitors.ForAsync(a, Address, Browser, Ct), await visitors.ForAsync(b, Address, Browser, Ct));
        Assert.Equal(2, (await SaltsAsync(services)).Count);
    }

    [Fact]
    public async Task DeleteBeforeAsync_PastDaysOfEveryWorkspace_Deleted()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 12, 0, 0, TimeSpan.Zero));
        await using var services = Services(database, clock);
        var a = await CreateWorkspaceAsync(services, "a");
        var b = await CreateWorkspaceAsync(services, "b");
        var visitors = services.GetRequiredService<VisitorIds>();
        await visitors.ForAsync(a, Address, Browser, Ct);
        clock.Advance(TimeSpan.FromDays(1));
        await visitors.ForAsync(b, Address, Browser, Ct);

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<VisitorSaltStore>().DeleteBeforeAsync(clock.GetUtcNow().UtcDateTime, Ct);
        }

        var salt = Assert.Single(await SaltsAsync(services));
        Assert.Equal(b, salt.WorkspaceId);
    }

    private static ServiceProvider Services(TestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddCloutStorage(database.ConnectionString);
        services.AddSingleton<VisitorIds>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<long> CreateWorkspaceAsync(IServiceProvider services, string name = "acme")
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().CreateAsync(name, Ct)).Id;
    }

    private static async Task<List<VisitorSalt>> SaltsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CloutDbContext>().VisitorSalts.IgnoreQueryFilters().AsNoTracking().ToListAsync(Ct);
    }
}
