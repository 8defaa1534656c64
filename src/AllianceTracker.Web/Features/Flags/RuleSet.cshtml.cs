using AllianceTracker.Core.Organisation;
using AllianceTracker.Data;
using AllianceTracker.Web.Features.Shared;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>An administrator edits a ward's flag rules; saving adds a version and recomputes the ward's flags.</summary>
[Authorize(Policy = StaffRole.Admin)]
public class RuleSetModel(AllianceDbContext db, WardRuleSetEditor editor) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? WardId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Saved { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public string? ChangeNote { get; set; }

    [BindProperty]
    public int BasedOnVersion { get; set; }

    public IReadOnlyList<Ward> Wards { get; private set; } = [];

    public WardRuleSetView? Current { get; private set; }

    public IEnumerable<string> ErrorsFor(string key) =>
        ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Current is not null)
        {
            Values = RuleSetForm.ToValues(Current.Parameters);
            BasedOnVersion = Current.Version;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Current is null)
        {
            throw new NotFoundException("Ward");
        }

        var (parameters, parseErrors) = RuleSetForm.FromValues(Values);
        foreach (var (field, problem) in parseErrors)
        {
            ModelState.AddModelError(field, problem);
        }

        var wardId = Current.WardId;
        var request = new RuleSetChangeRequest(BasedOnVersion, parameters, ChangeNote);
        WardRuleSetView? changed = null;
        if (parseErrors.Count == 0)
        {
            await TryAsync(async () =>
            {
                await ValidateAsync(request);
                changed = await editor.ChangeAsync(wardId, request, cancellationToken);
            });
        }

        return changed is null ? Page() : RedirectToPage(new { WardId = wardId, Saved = changed.Version });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Wards = await db.Wards.AsNoTracking().OrderBy(w => w.Name).ToListAsync(cancellationToken);
        Current = WardId is { } wardId ? await editor.CurrentAsync(wardId, cancellationToken) : null;
    }
}
