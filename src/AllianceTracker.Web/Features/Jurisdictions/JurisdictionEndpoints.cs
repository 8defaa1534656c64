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
        var rules = await LoadAsync(db, code, cancellationToken);
        return rules.Count > 0 ? TypedResults.Ok(rules) : throw new NotFoundException("Jurisdiction");
    }

    /// <summary>A jurisdiction's rule table in its order; empty when there is no such jurisdiction.</summary>
    public static async Task<List<JurisdictionRuleView>> LoadAsync(AllianceDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        var rules = await db.JurisdictionRules.AsNoTracking().Include(r => r.Means)
            .Where(r => r.JurisdictionCode == normalised).ToListAsync(cancellationToken);
        return rules.OrderBy(r => r.SortOrder).Select(r => new JurisdictionRuleView(
            r.Id, r.Code, r.Section, r.Act, r.NameEn, r.NameNb, r.Category, r.ComplaintBodyEn, r.ComplaintBodyNb,
            r.FormalDecisionRequiredWithConsent, r.RequiresCapacityAssessment, r.RequiresMilderMeansTried, r.FollowUpConversationRequired,
            r.NotesEn, r.Means.OrderBy(m => m.Code).Select(m => new MeansView(m.Code, m.NameEn, m.NameNb)).ToList())).ToList();
    }
}
