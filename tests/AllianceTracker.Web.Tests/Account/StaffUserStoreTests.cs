using AllianceTracker.Data.Identity;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceTracker.Web.Tests.Account;

/// <summary>Every signed-in request finds its account by id through the service's own user store.</summary>
public class StaffUserStoreTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public void The_service_finds_accounts_through_its_own_store()
    {
        using var scope = App.Services.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<IUserStore<StaffUser>>(), Is.InstanceOf<StaffUserStore>());
    }

    [Test]
    public async Task An_account_is_read_once_by_its_id_and_an_unknown_id_finds_none()
    {
        await using var db = App.NewDbContext();
        var therapist = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "therapist1@demo.example");
        var queries = new QueriesRun();
        await using var watched = App.Database.NewDbContext(queries);
        using var store = new StaffUserStore(watched);

        var found = await store.FindByIdAsync(therapist.Id.ToString());
        var readAfterFirst = queries.Count;
        var again = await store.FindByIdAsync(therapist.Id.ToString());
        var unknown = await store.FindByIdAsync(Guid.NewGuid().ToString());

        Assert.Multiple(() =>
        {
            Assert.That(found?.Email, Is.EqualTo(therapist.Email));
            Assert.That(readAfterFirst, Is.EqualTo(1));
            Assert.That(again, Is.SameAs(found), "the account this context holds is not read again");
            Assert.That(unknown, Is.Null);
            Assert.That(queries.Count, Is.EqualTo(2), "only the unknown id was looked up after the first");
        });
    }
}
