using Microsoft.AspNetCore.Mvc;

namespace AllianceTracker.Web.Features.Administration.Wards;

/// <summary>The wards, and a form for a new one.</summary>
public class WardListModel(WardAdministration admin) : AdministrationPage
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? TimeZoneId { get; set; } = "Europe/Oslo";
    [BindProperty] public string? JurisdictionCode { get; set; } = "NO";

    public IReadOnlyList<WardView> Wards { get; private set; } = [];

    public WardForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await TryChangeAsync(WardAdministration.Resource, null, new WardRequest(Name, TimeZoneId, JurisdictionCode),
            async request => (await admin.CreateAsync(request, cancellationToken)).Id);
        if (created is { } id)
        {
            return Redirect($"/Administration/Wards/{id}");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Wards = await admin.ListAsync(cancellationToken);
        Form = new WardForm(Name, TimeZoneId, JurisdictionCode, await admin.JurisdictionCodesAsync(cancellationToken));
    }
}
