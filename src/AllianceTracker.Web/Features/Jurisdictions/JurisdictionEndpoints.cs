using AllianceTracker.Core.Autonomy;
using AllianceTracker.Data;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Jurisdictions;

public sealed record JurisdictionRuleView(
    Guid Id, string Code, string Section, string Act, string NameEn, string NameNb, MeasureCategory Category,
    string ComplaintBodyEn, string ComplaintBodyNb, bool FormalDecisionRequiredWithConsent, bool RequiresCapacityAssessment,
    bool RequiresMilderMeansTried, bool FollowUpConversationRequired, string? NotesEn, IReadOnlyList<MeansView> Means);

public sealed record MeansView(string Code, string NameEn, string NameNb);

public static class JurisdictionEndpoints
{
    public static void MapJurisdictionEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/jurisdictions/{code}/rules", RulesAsync).WithTags("Jurisdictions")
            .WithSummary("The rule table of a jurisdiction (e.g. NO): sections, means, complaint bodies and duties.");

    private static async Task<Ok<List<JurisdictionRuleView>>> RulesAsync(string code, AllianceDbContext db, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        var rules = await db.JurisdictionRules.AsNoTracking().Include(r => r.Means)
            .Where(r => r.JurisdictionCode == normalised).ToListAsync(cancellationToken);
        if (rules.Count == 0)
        {
            throw new NotFoundException("Jurisdiction");
        }

        return TypedResults.Ok(rules.OrderBy(r => r.SortOrder).Select(r => new JurisdictionRuleView(
            r.Id, r.Code, r.Section, r.Act, r.NameEn, r.NameNb, r.Category, r.ComplaintBodyEn, r.ComplaintBodyNb,
            r.FormalDecisionRequiredWithConsent, r.RequiresCapacityAssessment, r.RequiresMilderMeansTried, r.FollowUpConversationRequired,
            r.NotesEn, r.Means.OrderBy(m => m.Code).Select(m => new MeansView(m.Code, m.NameEn, m.NameNb)).ToList())).ToList());
    }
}
