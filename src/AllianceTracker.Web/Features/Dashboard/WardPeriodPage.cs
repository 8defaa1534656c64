using System.Globalization;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceTracker.Web.Features.Dashboard;

/// <summary>A dashboard page's choice of ward and period: the first ward when none is asked for, the period checked.</summary>
public abstract class WardPeriodPage : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Ward { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<Ward> Wards { get; private set; } = [];

    public Ward? Selected { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Selects the ward among <paramref name="wards"/> and reads the period; null when there is no ward or the period is not valid (see <see cref="Errors"/>).</summary>
    protected async Task<DashboardRange?> ChooseAsync(
        IQueryable<Ward> wards, string? bucket, WardDashboardQuery query, CancellationToken cancellationToken)
    {
        Wards = await wards.OrderBy(w => w.Name).ToListAsync(cancellationToken);
        Selected = Wards.FirstOrDefault(w => w.Id == Ward) ?? Wards.FirstOrDefault();
        if (Selected is null)
        {
            return null;
        }

        DashboardRange range;
        try
        {
            range = DashboardRange.Parse(From, To, bucket, query.Today(Selected));
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
            return null;
        }

        From = range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        To = range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return range;
    }
}
