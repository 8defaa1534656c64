using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Records;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Records;

/// <summary>A page that amends one record: the form starts from the current version and the history is shown below it.</summary>
public abstract class AmendPage(AllianceDbContext db) : FormPage
{
    public Patient Patient { get; private set; } = null!;
    protected AllianceDbContext Db { get; } = db;
    public VersionHistory History { get; private set; } = null!;
    protected string TimeZoneId { get; private set; } = null!;

    [BindProperty] public int ExpectedVersion { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>Loads the patient, their ward's time zone and the record's history for display.</summary>
    protected async Task ShowAsync<TContent>(Guid patientId, IEnumerable<RecordVersion<TContent>> versions, CancellationToken cancellationToken)
        where TContent : class
    {
        Patient = await Db.Patients.AsNoTracking().SingleAsync(p => p.Id == patientId, cancellationToken);
        TimeZoneId = await WardTimeZoneAsync(Db, Patient, cancellationToken);
        History = await VersionHistory.LoadAsync(versions, Db, TimeZoneId, cancellationToken);
    }

    /// <summary>Saves through the shared handler; on success shows the page again with the new version in the history.</summary>
    protected async Task<IActionResult> SaveAsync<TRequest>(TRequest request, Func<TRequest, Task> amend) =>
        await TrySaveAsync(request, amend) ? RedirectToPage() : Page();
}
