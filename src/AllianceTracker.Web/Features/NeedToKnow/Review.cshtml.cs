using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceTracker.Web.Features.NeedToKnow;

[Authorize(Policy = StaffRole.WardManager)]
[Audited(AuditAction.Read, "AccessReview")]
public class ReviewModel(AccessReview review) : PageModel
{
    public IReadOnlyList<NeedToKnowReviewRow> Accesses { get; private set; } = [];
    public IReadOnlyList<RefusedAttemptRow> Refused { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accesses = await review.NeedToKnowAccessesAsync(cancellationToken);
        Refused = await review.RefusedAttemptsAsync(cancellationToken);
    }
}
