using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Flags;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.Flags;

[Audited(AuditAction.Read, "FlagList")]
public class InboxModel(InboxQuery inbox, FlagLifecycle lifecycle, ReminderLifecycle reminders) : PageModel
{
    private static readonly HashSet<FlagStatus> NotResolved = [FlagStatus.Open, FlagStatus.Acknowledged];

    public InboxView Inbox { get; private set; } = new([], [], []);

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken cancellationToken)
    {
        await lifecycle.AcknowledgeAsync(id, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, CancellationToken cancellationToken)
    {
        await reminders.DoneAsync(id, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id, string? note, CancellationToken cancellationToken)
    {
        try
        {
            await lifecycle.ResolveAsync(id, note, cancellationToken);
            return RedirectToPage();
        }
        catch (RequestValidationException e)
        {
            Problem = string.Join(" ", e.Errors.SelectMany(error => error.Value));
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Inbox = await inbox.LoadAsync(NotResolved, cancellationToken);
}
