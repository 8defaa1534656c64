using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.CareTeams;

/// <summary>
/// A patient's care team: alias, ward and members. Administrators add and remove members; a therapist on the team
/// adds a colleague of the ward. Each change is audited as what it is, the page's own event being a read of the team.
/// </summary>
[Audited(AuditAction.Read, "CareTeam")]
public class CareTeamModel(CareTeams teams, IAuditTrail trail) : FormPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid? StaffUserId { get; set; }

    public CareTeamView Team { get; private set; } = null!;

    public IReadOnlyList<CareTeamCandidate> Candidates { get; private set; } = [];

    public bool MayRemove => User.IsInRole(StaffRole.Admin);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var request = new CareTeamMemberRequest(StaffUserId);
        var added = await TryAsync(async () =>
        {
            await ValidateAsync(request);
            await teams.AddAsync(Id, request, cancellationToken);
        });
        return await AfterAsync(AuditAction.Create, added, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (!MayRemove)
        {
            return Forbid();
        }

        var removed = await TryAsync(() => teams.RemoveAsync(Id, StaffUserId ?? Guid.Empty, cancellationToken));
        return await AfterAsync(AuditAction.Amend, removed, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(AuditAction action, bool succeeded, CancellationToken cancellationToken)
    {
        await trail.RecordAsync(new AuditEntry(action, CareTeams.Resource, succeeded ? AuditOutcome.Success : AuditOutcome.Failed, Id, StaffUserId?.ToString()),
            cancellationToken);
        if (succeeded)
        {
            return RedirectToPage(new { Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Team = await teams.GetAsync(Id, cancellationToken);
        Candidates = await teams.CandidatesAsync(Id, cancellationToken);
    }
}
