using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Autonomy;

/// <summary>Records the follow-up conversation offered (and held) after a measure; shared by the API and the page.</summary>
public static class RecordFollowUp
{
    public static async Task<(AutonomyLimitingDecision Decision, JurisdictionRule Rule)> RecordAsync(
        Guid decisionId, FollowUpRequest request, PatientAccess access, AllianceDbContext db, FlagRecomputer flags,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var decision = await db.AutonomyDecisions.Include(d => d.Versions).Include(d => d.FollowUps)
            .SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken) ?? throw new NotFoundException("Autonomy-limiting decision");
        await access.EnsureAccessAsync(decision.PatientId, decision.Id);
        if (request.OfferedAt < decision.Current.StartsAt)
        {
            throw RequestValidationException.For("offeredAt", "A follow-up cannot be offered before the measure started.");
        }

        if (request.SessionId is { } sessionId && !await db.Sessions.AnyAsync(s => s.Id == sessionId && s.PatientId == decision.PatientId, cancellationToken))
        {
            throw RequestValidationException.For("sessionId", "This patient has no session with this id.");
        }

        decision.FollowUps.Add(new FollowUpConversation
        {
            DecisionId = decision.Id,
            OfferedAt = request.OfferedAt.ToUniversalTime(),
            HeldAt = request.HeldAt?.ToUniversalTime(),
            DeclinedByPatient = request.DeclinedByPatient,
            SessionId = request.SessionId,
            Note = request.Note?.Trim(),
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = user.RequiredId,
        });
        await db.SaveChangesAsync(cancellationToken);
        await flags.RecomputeAsync(decision.PatientId, cancellationToken);
        var rule = await db.JurisdictionRules.SingleAsync(r => r.Id == decision.RuleId, cancellationToken);
        return (decision, rule);
    }
}
