using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Instruments;

/// <summary>Finds the form a rater fills in: a requested instrument version, or the current version of the default instrument.</summary>
public sealed class InstrumentForms(AllianceDbContext db)
{
    public async Task<InstrumentVersion> ForAsync(Rater rater, Guid? versionId, CancellationToken cancellationToken)
    {
        if (versionId is { } id)
        {
            var form = await db.InstrumentVersions.Include(v => v.Items).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
                ?? throw RequestValidationException.For("instrumentVersionId", "There is no instrument version with this id.");
            return form.Rater == rater
                ? form
                : form.Rater == Rater.Patient
                    ? throw RequestValidationException.For("instrumentVersionId", "This instrument version is the patient's form.")
                    : throw RequestValidationException.For("instrumentVersionId", "This instrument version is the therapist's form.");
        }

        var defaults = await db.Instruments.Where(i => i.Code == BuiltInInstruments.BordinAllianceCheckCode)
            .SelectMany(i => i.Versions).Where(v => v.Rater == rater).Include(v => v.Items)
            .ToListAsync(cancellationToken);
        return defaults.OrderByDescending(v => v.ImportedAt).First();
    }
}
