using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Administration.Wards;

/// <summary>Changes a ward's name, time zone and jurisdiction.</summary>
public class EditWardModel(WardAdministration admin) : AdministrationPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? TimeZoneId { get; set; }
    [BindProperty] public string? JurisdictionCode { get; set; }

    public WardView Ward { get; private set; } = null!;

    public WardForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Ward = await admin.GetAsync(Id, cancellationToken);
        Form = new WardForm(Ward.Name, Ward.TimeZoneId, Ward.JurisdictionCode, await admin.JurisdictionCodesAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Ward = await admin.GetAsync(Id, cancellationToken);
        var saved = await TryChangeAsync(WardAdministration.Resource, Id, new WardRequest(Name, TimeZoneId, JurisdictionCode),
            async request => (await admin.UpdateAsync(Id, request, cancellationToken)).Id);
        if (saved is not null)
        {
            return RedirectToPage(new { Id, Done = "saved" });
        }

        Form = new WardForm(Name, TimeZoneId, JurisdictionCode, await admin.JurisdictionCodesAsync(cancellationToken));
        return Page();
    }
}
