using AllianceTracker.Core.Organisation;
using Hangfire.Dashboard;

namespace AllianceTracker.Web.Infrastructure.Jobs;

public sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(StaffRole.Admin);
}
