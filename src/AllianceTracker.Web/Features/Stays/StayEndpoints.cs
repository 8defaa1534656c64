using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Stays;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Stays;

/// <summary>Stays (episodes of care): admission, legal status over time, capacity assessments, discharge.</summary>
public static class StayEndpoints
{
    public static void MapStayEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/patients/{id:guid}/episodes", ListAsync).WithTags("Stays")
            .WithMetadata(new AuditedAttribute(AuditAction.Read, "EpisodeList"));
        api.MapPost("/patients/{id:guid}/episodes", PostAdmissionAsync).WithTags("Stays")
            .Validate<AdmitRequest>().WithMetadata(new AuditedAttribute(AuditAction.Create, "Episode"));
        api.MapPost("/episodes/{id:guid}/legal-status", PostLegalStatusAsync).WithTags("Stays")
            .Validate<LegalStatusRequest>().WithMetadata(new AuditedAttribute(AuditAction.Create, "LegalStatus"));
        api.MapPost("/episodes/{id:guid}/capacity-assessments", PostCapacityAssessmentAsync).WithTags("Stays")
            .Validate<CapacityAssessmentRequest>().WithMetadata(new AuditedAttribute(AuditAction.Create, "CapacityAssessment"));
        api.MapPost("/episodes/{id:guid}/discharge", PostDischargeAsync).WithTags("Stays")
            .Validate<DischargeRequest>().WithMetadata(new AuditedAttribute(AuditAction.Amend, "Episode"));
    }

    private static async Task<Ok<List<EpisodeView>>> ListAsync(Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var episodes = await Episodes(db).AsNoTracking().Where(e => e.PatientId == patient.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(episodes.OrderBy(e => e.AdmittedAt).Select(EpisodeView.From).ToList());
    }

    private static async Task<Created<EpisodeView>> PostAdmissionAsync(
        Guid id, AdmitRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var patient = await access.GetAsync(id, cancellationToken);
        var episode = await AdmitAsync(patient, request, db, user, clock, cancellationToken);
        return TypedResults.Created($"/api/v1/patients/{patient.Id}/episodes", EpisodeView.From(episode));
    }

    private static async Task<Ok<EpisodeView>> PostLegalStatusAsync(
        Guid id, LegalStatusRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var episode = await LoadAsync(id, access, db, cancellationToken);
        await ChangeLegalStatusAsync(episode, request, db, user, clock, cancellationToken);
        return TypedResults.Ok(EpisodeView.From(episode));
    }

    private static async Task<Ok<EpisodeView>> PostCapacityAssessmentAsync(
        Guid id, CapacityAssessmentRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var episode = await LoadAsync(id, access, db, cancellationToken);
        await AssessCapacityAsync(episode, request, db, user, clock, cancellationToken);
        return TypedResults.Ok(EpisodeView.From(episode));
    }

    private static async Task<Ok<EpisodeView>> PostDischargeAsync(
        Guid id, DischargeRequest request, PatientAccess access, AllianceDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var episode = await LoadAsync(id, access, db, cancellationToken);
        await DischargeAsync(episode, request, db, user, cancellationToken);
        return TypedResults.Ok(EpisodeView.From(episode));
    }

    // The handlers below are shared by the API and the stay page.

    public static async Task<EpisodeOfCare> AdmitAsync(
        Patient patient, AdmitRequest request, AllianceDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Episodes.AnyAsync(e => e.PatientId == patient.Id && e.DischargedAt == null, cancellationToken))
        {
            throw RequestValidationException.For("admittedAt", "The patient is already admitted; discharge the current stay first.");
        }

        var admittedAt = request.AdmittedAt.ToUniversalTime();
        var episode = new EpisodeOfCare { PatientId = patient.Id, WardId = patient.WardId, AdmittedAt = admittedAt, AdmittedBy = user.RequiredId };
        episode.LegalStatus.Add(new LegalStatusPeriod
        {
            Status = request.LegalStatus, LegalSection = request.LegalSection?.Trim(), From = admittedAt,
            RecordedAt = clock.GetUtcNow(), RecordedBy = user.RequiredId,
        });
        db.Episodes.Add(episode);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }

    public static async Task ChangeLegalStatusAsync(
        EpisodeOfCare episode, LegalStatusRequest request, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.From < episode.AdmittedAt || (episode.DischargedAt is { } end && request.From > end))
        {
            throw RequestValidationException.For("from", "The change must fall within the stay.");
        }

        episode.LegalStatus.Add(new LegalStatusPeriod
        {
            EpisodeId = episode.Id, Status = request.Status, LegalSection = request.LegalSection?.Trim(), From = request.From.ToUniversalTime(),
            Note = request.Note?.Trim(), RecordedAt = clock.GetUtcNow(), RecordedBy = user.RequiredId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task AssessCapacityAsync(
        EpisodeOfCare episode, CapacityAssessmentRequest request, AllianceDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        episode.CapacityAssessments.Add(new CapacityAssessment
        {
            EpisodeId = episode.Id, PatientId = episode.PatientId, AssessedAt = request.AssessedAt.ToUniversalTime(), AssessedBy = user.RequiredId,
            Result = request.Result, Scope = request.Scope?.Trim(), Note = request.Note?.Trim(), RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task DischargeAsync(
        EpisodeOfCare episode, DischargeRequest request, AllianceDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (episode.DischargedAt is not null)
        {
            throw RequestValidationException.For("dischargedAt", "This stay has already ended.");
        }

        if (request.DischargedAt < episode.AdmittedAt)
        {
            throw RequestValidationException.For("dischargedAt", "The discharge cannot be before the admission.");
        }

        episode.DischargedAt = request.DischargedAt.ToUniversalTime();
        episode.DischargedBy = user.RequiredId;
        episode.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
    }

    public static IQueryable<EpisodeOfCare> Episodes(AllianceDbContext db) =>
        db.Episodes.Include(e => e.LegalStatus).Include(e => e.CapacityAssessments);

    public static async Task<EpisodeOfCare> LoadAsync(Guid id, PatientAccess access, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var episode = await Episodes(db).SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException("Episode");
        await access.EnsureAccessAsync(episode.PatientId, episode.Id);
        return episode;
    }
}
