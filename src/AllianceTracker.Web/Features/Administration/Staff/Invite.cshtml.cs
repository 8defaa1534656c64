using AllianceTracker.Web.Features.Administration.Wards;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Administration.Staff;

/// <summary>Invites a staff member and shows the administrator the one-time set-password link, once.</summary>
public class InviteModel(StaffAdministration admin, WardAdministration wards) : AdministrationPage
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<Guid> WardIds { get; set; } = [];

    public AccessChoices Choices { get; private set; } = null!;

    public InvitationView? Invitation { get; private set; }

    public string AbsoluteLink => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Invitation?.SetPasswordUrl}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await TryChangeAsync(StaffAdministration.Resource, null, new InviteStaffRequest(DisplayName, Email, Roles, WardIds), async request =>
        {
            Invitation = await admin.InviteAsync(request, cancellationToken);
            return Invitation.Id;
        });
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Choices = new AccessChoices(await WardNamesAsync(wards, cancellationToken), Roles, WardIds);

    internal static async Task<IReadOnlyList<WardName>> WardNamesAsync(WardAdministration wards, CancellationToken cancellationToken) =>
        (await wards.ListAsync(cancellationToken)).Select(w => new WardName(w.Id, w.Name)).ToList();
}
