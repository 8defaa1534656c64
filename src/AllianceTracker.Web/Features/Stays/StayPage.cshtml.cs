using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Stays;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Stays;

/// <summary>The patient's stays: admit, change legal status, record capacity assessments, discharge.</summary>
[Audited(AuditAction.Amend, "Episode")]
public class StayPageModel(PatientAccess access, AllianceDbContext db, CurrentUser user, TimeProvider clock) : FormPage
{
    public Patient Patient { get; private set; } = null!;
    public IReadOnlyList<EpisodeOfCare> Stays { get; private set; } = [];
    public EpisodeOfCare? OpenStay => Stays.SingleOrDefault(s => s.DischargedAt is null);
    public IReadOnlyDictionary<Guid, string> StaffNames { get; private set; } = new Dictionary<Guid, string>();
    public string TimeZoneId { get; private set; } = null!;

    [BindProperty] public DateTime AdmittedAt { get; set; }
    [BindProperty] public LegalStatus AdmissionStatus { get; set; }
    [BindProperty] public string? AdmissionSection { get; set; }

    [BindProperty] public LegalStatus NewStatus { get; set; }
    [BindProperty] public string? NewSection { get; set; }
    [BindProperty] public DateTime StatusFrom { get; set; }
    [BindProperty] public string? StatusNote { get; set; }

    [BindProperty] public DateTime AssessedAt { get; set; }
    [BindProperty] public CapacityResult Result { get; set; }
    [BindProperty] public string? Scope { get; set; }
    [BindProperty] public string? AssessmentNote { get; set; }

    [BindProperty] public DateTime DischargedAt { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAdmitAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return await SaveAsync(new AdmitRequest(FromWardTime(AdmittedAt, TimeZoneId), AdmissionStatus, AdmissionSection),
            request => StayEndpoints.AdmitAsync(Patient, request, db, user, clock, cancellationToken));
    }

    public async Task<IActionResult> OnPostLegalStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return await SaveAsync(new LegalStatusRequest(NewStatus, NewSection, FromWardTime(StatusFrom, TimeZoneId), StatusNote),
            async request => await StayEndpoints.ChangeLegalStatusAsync(await OpenStayAsync(cancellationToken), request, db, user, clock, cancellationToken));
    }

    public async Task<IActionResult> OnPostCapacityAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return await SaveAsync(new CapacityAssessmentRequest(FromWardTime(AssessedAt, TimeZoneId), Result, Scope, AssessmentNote),
            async request => await StayEndpoints.AssessCapacityAsync(await OpenStayAsync(cancellationToken), request, db, user, clock, cancellationToken));
    }

    public async Task<IActionResult> OnPostDischargeAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return await SaveAsync(new DischargeRequest(FromWardTime(DischargedAt, TimeZoneId)),
            async request => await StayEndpoints.DischargeAsync(await OpenStayAsync(cancellationToken), request, db, user, cancellationToken));
    }

    /// <summary>Validates and saves through the API's handler; on success the page is shown again with the change.</summary>
    private async Task<IActionResult> SaveAsync<TRequest>(TRequest request, Func<TRequest, Task> save) =>
        await TrySaveAsync(request, save) ? RedirectToPage() : Page();

    private async Task<EpisodeOfCare> OpenStayAsync(CancellationToken cancellationToken) =>
        await StayEndpoints.Episodes(db).SingleOrDefaultAsync(e => e.PatientId == Patient.Id && e.DischargedAt == null, cancellationToken)
        ?? throw RequestValidationException.For("stay", "The patient has no open stay; admit them first.");

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await access.GetAsync(id, cancellationToken);
        TimeZoneId = await WardTimeZoneAsync(db, Patient, cancellationToken);
        Stays = (await StayEndpoints.Episodes(db).AsNoTracking().Where(e => e.PatientId == Patient.Id).ToListAsync(cancellationToken))
            .OrderBy(e => e.AdmittedAt).ToList();
        var staffIds = Stays.SelectMany(s => s.CapacityAssessments.Select(a => a.AssessedBy)).Distinct().ToList();
        StaffNames = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        StartFormsAtNow();
    }

    /// <summary>Times not posted (the other forms on the page) start at the current ward time.</summary>
    private void StartFormsAtNow()
    {
        var now = ToWardTime(clock.GetUtcNow(), TimeZoneId);
        AdmittedAt = AdmittedAt == default ? now : AdmittedAt;
        StatusFrom = StatusFrom == default ? now : StatusFrom;
        AssessedAt = AssessedAt == default ? now : AssessedAt;
        DischargedAt = DischargedAt == default ? now : DischargedAt;
    }
}
