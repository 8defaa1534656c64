using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Instruments;
using AllianceTracker.Web.Features.Ratings;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Localization;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Sessions;

/// <summary>Log a session with the therapist's own rating, and the patient's non-response when there is one.</summary>
[Audited(AuditAction.Create, "Session")]
public class LogSessionPageModel(
    PatientAccess access, AllianceDbContext db, InstrumentForms forms, RatingRecorder recorder, CurrentUser user, TimeProvider clock)
    : FormPage
{
    public Patient Patient { get; private set; } = null!;
    public RatingFormView RatingForm { get; private set; } = null!;
    private InstrumentVersion _form = null!;

    [BindProperty] public SessionKind Kind { get; set; } = SessionKind.IndividualConversation;
    [BindProperty] public DateTime StartsAt { get; set; }
    [BindProperty] public int DurationMinutes { get; set; } = 45;
    [BindProperty] public string? Note { get; set; }
    // named, so that a form with no answer at all binds nothing here instead of every other field of the form
    [BindProperty(Name = nameof(Values))] public Dictionary<string, int?> Values { get; set; } = [];
    [BindProperty(Name = nameof(Texts))] public Dictionary<string, string?> Texts { get; set; } = [];
    [BindProperty] public NonResponseReason? PatientNonResponse { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var wardZone = await LoadAsync(id, cancellationToken);
        StartsAt = ToWardTime(clock.GetUtcNow(), wardZone).AddMinutes(-DurationMinutes);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var wardZone = await LoadAsync(id, cancellationToken);
        var request = new LogSessionRequest(Kind, FromWardTime(StartsAt, wardZone), DurationMinutes, Note, null);
        Guid? sessionId = null;
        var saved = await TryAsync(async () =>
        {
            await ValidateAsync(request);
            // checked before anything is stored; each message names the question
            RatingRecorder.EnsureValid(_form, Values, Texts, RatingForm.Describe);
            sessionId = await SaveAsync(request, cancellationToken);
        });
        return saved ? Redirect($"/Sessions/{sessionId}") : Page();
    }

    private Task<Guid> SaveAsync(LogSessionRequest request, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(() => SaveInTransactionAsync(request, cancellationToken));

    /// <summary>The session, the therapist's rating and the non-response are stored together or not at all.</summary>
    private async Task<Guid> SaveInTransactionAsync(LogSessionRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await LogSession.StartAsync(Patient, request, db, user, clock, cancellationToken);
        await recorder.RecordAsync(session, _form, new RatingSubmission(Rater.Therapist, RatingSource.StaffEntry, Values, Texts,
            EnteredBy: user.RequiredId), cancellationToken);
        if (PatientNonResponse is { } reason)
        {
            db.NonResponses.Add(new NonResponse
            {
                SessionId = session.Id, PatientId = session.PatientId, WardId = session.WardId, Reason = reason,
                RecordedAt = clock.GetUtcNow(), RecordedBy = user.RequiredId,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return session.Id;
    }

    private async Task<string> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        _form = await forms.ForAsync(Rater.Therapist, null, cancellationToken);
        var form = _form.ReadForm();
        var language = form.Texts.ContainsKey(UiLanguage.Current) ? UiLanguage.Current : UiCultures.English;
        RatingForm = new RatingFormView(form, language, "therapist", Values, Texts);
        return await WardTimeZoneAsync(db, Patient, cancellationToken);
    }
}
