using AllianceTracker.Core.Flags;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>Moves a flag along open → acknowledged → resolved (with a note), for staff on the patient's care team.</summary>
public sealed class FlagLifecycle(AllianceDbContext db, PatientAccess access, CurrentUser user, TimeProvider clock)
{
    public const int MaxNoteLength = 2000;

    public async Task<Flag> AcknowledgeAsync(Guid flagId, CancellationToken cancellationToken)
    {
        var flag = await LoadAsync(flagId, cancellationToken);
        if (flag.Status == FlagStatus.Open)
        {
            flag.Status = FlagStatus.Acknowledged;
            flag.AcknowledgedAt = clock.GetUtcNow();
            flag.AcknowledgedBy = user.RequiredId;
            flag.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
        }

        return flag;
    }

    public async Task<Flag> ResolveAsync(Guid flagId, string? note, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw RequestValidationException.For("note", "Say how the flag was resolved.");
        }

        if (note.Length > MaxNoteLength)
        {
            throw RequestValidationException.For("note", "The note can be at most {0} characters.", MaxNoteLength);
        }

        var flag = await LoadAsync(flagId, cancellationToken);
        if (flag.Status == FlagStatus.Resolved)
        {
            return flag;
        }

        var now = clock.GetUtcNow();
        flag.AcknowledgedAt ??= now;
        flag.AcknowledgedBy ??= user.RequiredId;
        flag.Status = FlagStatus.Resolved;
        flag.ResolvedAt = now;
        flag.ResolvedBy = user.RequiredId;
        flag.ResolutionNote = note.Trim();
        flag.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return flag;
    }

    private async Task<Flag> LoadAsync(Guid flagId, CancellationToken cancellationToken)
    {
        var flag = await db.Flags.SingleOrDefaultAsync(f => f.Id == flagId, cancellationToken)
            ?? throw new NotFoundException("Flag");
        await access.EnsureAccessAsync(flag.PatientId, flag.Id);
        return flag;
    }
}
