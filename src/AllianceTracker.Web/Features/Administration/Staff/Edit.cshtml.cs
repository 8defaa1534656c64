using AllianceTracker.Web.Features.Administration.Wards;
using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Administration.Staff;

/// <summary>One staff account: roles and wards, disable or enable, reset MFA.</summary>
public class EditStaffModel(StaffAdministration admin, WardAdministration wards) : AdministrationPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<Guid> WardIds { get; set; } = [];
    [BindProperty] public bool Disabled { get; set; }

    public StaffView Member { get; private set; } = null!;

    public AccessChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Choices = Choices with { Roles = Member.Roles, WardIds = Member.Wards.Select(w => w.Id).ToList() };
    }

    public async Task<IActionResult> OnPostAccessAsync(CancellationToken cancellationToken)
    {
        var saved = await ChangeAsync(new StaffRolesRequest(Roles), request => admin.SetRolesAsync(Id, request, cancellationToken)) &&
                    await ChangeAsync(new StaffWardsRequest(WardIds), request => admin.SetWardsAsync(Id, request, cancellationToken));
        return await AfterAsync(saved, cancellationToken);
    }

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await ChangeAsync(new StaffStatusRequest(Disabled), request => admin.SetDisabledAsync(Id, request)), cancellationToken);

    public async Task<IActionResult> OnPostMfaAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await TryChangeAsync(StaffAdministration.Resource, Id, async () =>
        {
            await admin.ResetMfaAsync(Id);
            return Id;
        }) is not null, cancellationToken);

    private async Task<bool> ChangeAsync<TRequest>(TRequest request, Func<TRequest, Task> change) =>
        await TryChangeAsync(StaffAdministration.Resource, Id, request, async r =>
        {
            await change(r);
            return Id;
        }) is not null;

    private async Task<IActionResult> AfterAsync(bool saved, CancellationToken cancellationToken)
    {
        if (saved)
        {
            return RedirectToPage(new { Id, Done = "saved" });
        }

        await LoadAsync(cancellationToken);
        Choices = Choices with { Roles = Roles, WardIds = WardIds };
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Member = await admin.GetAsync(Id, cancellationToken);
        Choices = new AccessChoices(await InviteModel.WardNamesAsync(wards, cancellationToken), [], []);
    }
}
