using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Tablet;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Ratings;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceTracker.Web.Features.Tablet;

public sealed record SubmitRequest(
    Guid SubmissionId,
    string? Ticket,
    Guid? InstrumentVersionId,
    Dictionary<string, int?>? Answers,
    Dictionary<string, string?>? Texts,
    Disclosure Disclosure = Disclosure.Now,
    bool Declined = false);

public sealed record SubmitResponse(Guid SubmissionId, string Outcome, DateTimeOffset ReceivedAt);

/// <summary>The answer a submission gets: the stored response JSON on success, or a refusal.</summary>
public sealed record SubmitResult(string? ResponseJson, TabletRefusal? Refusal);

/// <summary>
/// Stores the patient's rating (or their declining) once per submission id. The idempotency row is
/// inserted first: its primary key lets exactly one of several identical requests do the work, and
/// the others wait for its stored answer. The unique submission id on ratings is a second guard.
/// </summary>
public sealed class TabletSubmissions(
    AllianceDbContext db,
    TabletCredentials credentials,
    TabletForms forms,
    RatingRecorder recorder,
    FlagRecomputer flags,
    PatientAuditScope audit,
    TimeProvider clock,
    IOptions<TabletOptions> options)
{
    public const string Scope = "tablet-submit";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private const int PollsBeforeGivingUp = 150;

    public async Task<SubmitResult> SubmitAsync(SubmitRequest request, CancellationToken cancellationToken)
    {
        if (credentials.ReadTicket(request.Ticket) is not { } ticket || ticket.SubmissionId != request.SubmissionId)
        {
            return new SubmitResult(null, TabletRefusal.BadTicket);
        }

        var handover = await db.TabletHandovers.SingleOrDefaultAsync(h => h.Id == ticket.HandoverId, cancellationToken);
        if (handover is null)
        {
            return new SubmitResult(null, TabletRefusal.BadTicket);
        }

        audit.Touch(handover.PatientId, handover.Id);
        var key = request.SubmissionId.ToString("N");
        var claim = await ClaimAsync(key, RequestHash(request), cancellationToken);
        if (claim.ResponseJson is not null || claim.Refusal is not null)
        {
            return claim;
        }

        try
        {
            var result = await StoreAsync(handover, request, cancellationToken);
            if (result.ResponseJson is not null)
            {
                await db.IdempotencyRecords.Where(r => r.Scope == Scope && r.Key == key)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, StatusCodes.Status200OK).SetProperty(r => r.ResponseJson, result.ResponseJson),
                        CancellationToken.None);
                return result;
            }

            await ReleaseAsync(key);
            return result;
        }
        catch
        {
            // nothing was stored, so the claim is given up and a retry starts afresh
            await ReleaseAsync(key);
            throw;
        }
    }

    /// <summary>Null results mean this request owns the submission id now; otherwise the earlier answer or a refusal.</summary>
    private async Task<SubmitResult> ClaimAsync(string key, string hash, CancellationToken cancellationToken)
    {
        // counted in polls, not read from the clock, so that a fake clock in tests cannot stall it
        for (var polls = 0; ; polls++)
        {
            var record = new IdempotencyRecord { Scope = Scope, Key = key, RequestHash = hash, CreatedAt = clock.GetUtcNow() };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new SubmitResult(null, null);
            }
            catch (DbUpdateException)
            {
                // the key is taken: by an earlier request, or one running right now
            }
            finally
            {
                db.Entry(record).State = EntityState.Detached;
            }

            var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == Scope && r.Key == key, cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (existing.RequestHash != hash)
            {
                return new SubmitResult(null, TabletRefusal.ReusedSubmissionId);
            }

            if (existing.ResponseJson is not null)
            {
                return new SubmitResult(existing.ResponseJson, null);
            }

            if (existing.CreatedAt < clock.GetUtcNow() - TimeSpan.FromSeconds(options.Value.AbandonedClaimSeconds))
            {
                await db.IdempotencyRecords.Where(r => r.Scope == Scope && r.Key == key && r.ResponseJson == null && r.CreatedAt == existing.CreatedAt)
                    .ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            if (polls >= PollsBeforeGivingUp)
            {
                return new SubmitResult(null, TabletRefusal.InProgress);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<SubmitResult> StoreAsync(TabletHandover handover, SubmitRequest request, CancellationToken cancellationToken)
    {
        if (await AlreadyStoredAsync(request.SubmissionId, cancellationToken) is { } earlier)
        {
            return new SubmitResult(Json(earlier), null);
        }

        if (handover.RevokedAt is not null)
        {
            return new SubmitResult(null, TabletRefusal.Revoked);
        }

        if (handover.CompletedAt is not null)
        {
            return new SubmitResult(null, TabletRefusal.AlreadySubmitted);
        }

        var session = await db.Sessions.SingleAsync(s => s.Id == handover.SessionId, cancellationToken);
        var now = clock.GetUtcNow();
        handover.CompletedAt = now;
        handover.ConcurrencyStamp = Guid.NewGuid();
        if (request.Declined)
        {
            db.NonResponses.Add(new NonResponse
            {
                SessionId = session.Id,
                PatientId = session.PatientId,
                WardId = session.WardId,
                Reason = NonResponseReason.Declined,
                RecordedAt = now,
                SubmissionId = request.SubmissionId,
            });
            await db.SaveChangesAsync(cancellationToken);
            await flags.RecomputeAsync(session.PatientId, cancellationToken);
            return new SubmitResult(Json(new SubmitResponse(request.SubmissionId, "declined", now)), null);
        }

        var form = (request.InstrumentVersionId is { } versionId ? await forms.FindAsync(versionId, cancellationToken) : null)
            ?? throw RequestValidationException.For("instrumentVersionId", "Name the patient form the answers were given on.");
        var rating = await recorder.RecordAsync(session, form, new RatingSubmission(
            Rater.Patient,
            RatingSource.Tablet,
            request.Answers ?? [],
            request.Texts ?? [],
            request.Disclosure,
            request.SubmissionId), cancellationToken);
        return new SubmitResult(Json(new SubmitResponse(request.SubmissionId, "recorded", rating.SubmittedAt)), null);
    }

    private async Task<SubmitResponse?> AlreadyStoredAsync(Guid submissionId, CancellationToken cancellationToken) =>
        await db.Ratings.Where(r => r.SubmissionId == submissionId)
            .Select(r => new SubmitResponse(submissionId, "recorded", r.SubmittedAt)).SingleOrDefaultAsync(cancellationToken)
        ?? await db.NonResponses.Where(n => n.SubmissionId == submissionId)
            .Select(n => new SubmitResponse(submissionId, "declined", n.RecordedAt)).SingleOrDefaultAsync(cancellationToken);

    private async Task ReleaseAsync(string key) =>
        await db.IdempotencyRecords.Where(r => r.Scope == Scope && r.Key == key && r.ResponseJson == null)
            .ExecuteDeleteAsync(CancellationToken.None);

    private static string Json(SubmitResponse response) => JsonSerializer.Serialize(response, JsonSerializerOptions.Web);

    /// <summary>A hash of what was submitted (not of the ticket), to refuse different answers under a reused id.</summary>
    private static string RequestHash(SubmitRequest request)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            request.SubmissionId,
            request.InstrumentVersionId,
            Answers = (request.Answers ?? []).OrderBy(a => a.Key, StringComparer.Ordinal).ToList(),
            Texts = (request.Texts ?? []).OrderBy(t => t.Key, StringComparer.Ordinal).ToList(),
            request.Disclosure,
            request.Declined,
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
