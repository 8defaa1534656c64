using AllianceTracker.Core.Instruments;
using AllianceTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>How many instrument rows are stored: what a query that reads each row once can read at most.</summary>
public static class StoredInstrumentRows
{
    public static async Task<int> ItemsAndTextsAsync(AllianceDbContext db) =>
        await db.Set<InstrumentItem>().CountAsync() + await db.Set<InstrumentText>().CountAsync();

    public static async Task<int> AllAsync(AllianceDbContext db) =>
        await db.Instruments.CountAsync() + await db.InstrumentVersions.CountAsync() + await ItemsAndTextsAsync(db);
}
