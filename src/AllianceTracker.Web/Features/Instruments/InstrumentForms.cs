using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Instruments;

/// <summary>
/// Finds the form a rater fills in: a requested instrument version, or the current version of the default instrument.
/// A locked form comes from <see cref="LockedFormCache"/>, shared and untracked; a form not yet locked is read and
/// tracked, so the rating given on it locks it in the same save.
/// </summary>
public sealed class InstrumentForms(AllianceDbContext db, LockedFormCache lockedForms)
{
    public async Task<InstrumentVersion> ForAsync(Rater rater, Guid? versionId, CancellationToken cancellationToken)
    {
        if (versionId is { } id)
        {
            var form = await FindAsync(id, cancellationToken)
                ?? throw RequestValidationException.For("instrumentVersionId", "There is no instrument version with this id.");
            return form.Rater == rater
                ? form
                : form.Rater == Rater.Patient
                    ? throw RequestValidationException.For("instrumentVersionId", "This instrument version is the patient's form.")
                    : throw RequestValidationException.For("instrumentVersionId", "This instrument version is the therapist's form.");
        }

        var defaults = await db.Instruments.Where(i => i.Code == BuiltInInstruments.BordinAllianceCheckCode)
            .SelectMany(i => i.Versions).Where(v => v.Rater == rater)
            .Select(v => new { v.Id, v.ImportedAt })
            .ToListAsync(cancellationToken);
        return (await FindAsync(defaults.MaxBy(v => v.ImportedAt)!.Id, cancellationToken))!;
    }

    /// <summary>Any rater's form by its id, or null.</summary>
    public async Task<InstrumentVersion?> FindAsync(Guid versionId, CancellationToken cancellationToken)
    {
        if (lockedForms.TryGet(versionId, out var locked))
        {
            return locked;
        }

        var form = await db.InstrumentVersions.Include(v => v.Items).SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (form is { IsLocked: true })
        {
            Untrack(form);
            lockedForms.Keep(form);
        }

        return form;
    }

    private void Untrack(InstrumentVersion form)
    {
        foreach (var item in form.Items)
        {
            db.Entry(item).State = EntityState.Detached;
        }

        db.Entry(form).State = EntityState.Detached;
    }
}
