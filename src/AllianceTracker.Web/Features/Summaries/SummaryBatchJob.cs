using System.Security.Cryptography;
using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Summaries;

/// <summary>
/// Carries out a stored <see cref="SummaryBatchRequest"/>: one PDF per stay on the ward that ended in the requested
/// days, for the stay's whole period. The job gets only the request's id, so no patient data reaches the job store.
/// It is safe to run again: each stay's document has an id derived from the request and the stay, and a stay whose
/// document exists is skipped; a finished request is left alone.
/// </summary>
public sealed class SummaryBatchJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SummaryBatchJob> logger)
{
    public const string AuditResource = "SummaryBatchDocument";

    public static string Enqueue(IBackgroundJobClient jobs, Guid requestId) =>
        jobs.Enqueue<SummaryBatchJob>(job => job.RunAsync(requestId, CancellationToken.None));

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await StartAsync(requestId, cancellationToken);
        if (request is null)
        {
            return;
        }

        try
        {
            var stays = await StaysAsync(request, cancellationToken);
            foreach (var stay in stays)
            {
                await EnsureDocumentAsync(request, stay, cancellationToken);
            }

            await UpdateAsync(requestId, r =>
            {
                r.Status = SummaryBatchStatus.Done;
                r.DocumentCount = stays.Count;
                r.CompletedAt = clock.GetUtcNow();
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception's message may quote patient data: only its type reaches the log and the request.
            logger.LogError("Summary batch {RequestId} failed with {ExceptionType}", requestId, exception.GetType().Name);
            await UpdateAsync(requestId, r =>
            {
                r.Status = SummaryBatchStatus.Failed;
                r.CompletedAt = clock.GetUtcNow();
                r.Problem = $"The summaries could not all be made ({exception.GetType().Name}). Documents made before the failure are kept. The server log has the details.";
            }, CancellationToken.None);
        }
    }

    /// <summary>The id of a stay's document in a batch, the same every time the batch runs.</summary>
    public static Guid DocumentIdFor(Guid requestId, Guid episodeId)
    {
        var hash = SHA256.HashData([.. requestId.ToByteArray(), .. episodeId.ToByteArray()]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>Marks a pending or interrupted request as running; null when it has already finished.</summary>
    private async Task<SummaryBatchRequest?> StartAsync(Guid requestId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var request = await db.SummaryBatchRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null or { Status: SummaryBatchStatus.Done or SummaryBatchStatus.Failed })
        {
            return null;
        }

        request.Status = SummaryBatchStatus.Running;
        request.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return request;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another run claimed it at the same moment and carries it out
        }
    }

    private async Task<List<Stay>> StaysAsync(SummaryBatchRequest request, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var time = WardTime.Of(await db.Wards.Where(w => w.Id == request.WardId).Select(w => w.TimeZoneId).SingleAsync(cancellationToken));
        var (start, end) = time.Bounds(request.DischargedFrom, request.DischargedTo);
        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => e.WardId == request.WardId && e.DischargedAt != null && e.DischargedAt >= start && e.DischargedAt < end)
            .Select(e => new { e.Id, e.PatientId, e.AdmittedAt, e.DischargedAt })
            .ToListAsync(cancellationToken);
        return episodes
            .Select(e => new Stay(e.Id, e.PatientId, new SummaryPeriod(time.Day(e.AdmittedAt), time.Day(e.DischargedAt!.Value))))
            .OrderBy(s => s.EpisodeId)
            .ToList();
    }

    private async Task EnsureDocumentAsync(SummaryBatchRequest request, Stay stay, CancellationToken cancellationToken)
    {
        var documentId = DocumentIdFor(request.Id, stay.EpisodeId);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        if (await db.SummaryDocuments.AnyAsync(d => d.Id == documentId, cancellationToken))
        {
            return;
        }

        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == stay.PatientId, cancellationToken);
        var data = await scope.ServiceProvider.GetRequiredService<SummaryDataLoader>()
            .LoadAsync(patient, new SummaryQuery(stay.Period, request.Audience, null), cancellationToken);
        // Saved with the document, so there is no batch document without its audit event.
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow(),
            UserId = request.RequestedBy,
            PatientId = patient.Id,
            Action = AuditAction.Export,
            Resource = AuditResource,
            ResourceId = documentId.ToString(),
            Outcome = AuditOutcome.Success,
            CorrelationId = $"summary-batch:{request.Id}",
        });
        try
        {
            await scope.ServiceProvider.GetRequiredService<SummaryDocumentWriter>().WriteAsync(data, request.RequestedBy, documentId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // another run of the same batch may have stored this stay's document first
            if (!await ExistsAsync(documentId, cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task<bool> ExistsAsync(Guid documentId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AllianceDbContext>().SummaryDocuments.AnyAsync(d => d.Id == documentId, cancellationToken);
    }

    /// <summary>
    /// Changes the request, unless another run of the same batch has already finished it: a batch that is done stays
    /// done, and two runs finishing at the same moment do not turn the loser's stale write into a failure.
    /// </summary>
    private async Task UpdateAsync(Guid requestId, Action<SummaryBatchRequest> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
            var request = await db.SummaryBatchRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
            if (request.Status == SummaryBatchStatus.Done)
            {
                return;
            }

            change(request);
            request.ConcurrencyStamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                // another run changed the request between our read and our write: read it again
            }
        }
    }

    private sealed record Stay(Guid EpisodeId, Guid PatientId, SummaryPeriod Period);
}
