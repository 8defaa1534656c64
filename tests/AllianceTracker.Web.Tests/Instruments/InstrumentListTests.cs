using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.Instruments;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Instruments;

/// <summary>The instrument list that the API and the administration page share.</summary>
public class InstrumentListTests(DatabaseProvider provider) : AppFixture(provider)
{
    [Test]
    public async Task The_list_reads_each_stored_item_and_text_once_rather_than_every_pairing_of_them()
    {
        await using var db = App.NewDbContext();
        var stored = await StoredInstrumentRows.AllAsync(db);
        var rowsRead = new RowsRead();
        await using var watched = App.Database.NewDbContext(rowsRead);

        var listed = await InstrumentEndpoints.LoadAsync(watched, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.Not.Empty);
            Assert.That(rowsRead.Count, Is.InRange(1, stored));
        });
    }
}
