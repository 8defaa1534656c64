using System.Text.Json;
using System.Text.Json.Serialization;
using AllianceTracker.Data.Providers;
using AllianceTracker.Web.Features.AccessLog;
using AllianceTracker.Web.Features.Administration;
using AllianceTracker.Web.Features.Account;
using AllianceTracker.Web.Features.Audit;
using AllianceTracker.Web.Features.Autonomy;
using AllianceTracker.Web.Features.Benchmarks;
using AllianceTracker.Web.Features.CareTeams;
using AllianceTracker.Web.Features.Dashboard;
using AllianceTracker.Web.Features.Decisions;
using AllianceTracker.Web.Features.Demo;
using AllianceTracker.Web.Features.Flags;
using AllianceTracker.Web.Features.Goals;
using AllianceTracker.Web.Features.Instruments;
using AllianceTracker.Web.Features.Mfa;
using AllianceTracker.Web.Features.Jurisdictions;
using AllianceTracker.Web.Features.NeedToKnow;
using AllianceTracker.Web.Features.Patients;
using AllianceTracker.Web.Features.Ratings;
using AllianceTracker.Web.Features.Reports;
using AllianceTracker.Web.Features.Sessions;
using AllianceTracker.Web.Features.SingleSignOn;
using AllianceTracker.Web.Features.Stays;
using AllianceTracker.Web.Features.Summaries;
using AllianceTracker.Web.Features.Tablet;
using AllianceTracker.Web.Infrastructure.Database;
using AllianceTracker.Web.Infrastructure.Errors;
using AllianceTracker.Web.Infrastructure.Hardening;
using AllianceTracker.Web.Infrastructure.Health;
using AllianceTracker.Web.Infrastructure.Jobs;
using AllianceTracker.Web.Infrastructure.Localization;
using AllianceTracker.Web.Infrastructure.Security;
using AllianceTracker.Web.Infrastructure.Validation;

namespace AllianceTracker.Web;

/// <summary>The composition root: what the application is made of, and the order requests pass through it.</summary>
public static class AllianceTrackerApp
{
    public static void AddAllianceTracker(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = builder.AddAllianceDatabase();

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddAllianceIdentity(builder.Configuration);
        services.AddMfa(builder.Configuration);
        services.AddSingleSignOn(builder.Configuration);
        services.AddAllianceHardening(builder.Configuration);
        services.AddRequestValidation();
        services.AddAllianceHealthChecks();
        services.AddAllianceJobs(database);
        services.AddAllianceLocalization(builder.Configuration);
        services.AddRazorPages(options => options.RootDirectory = "/Features").AddViewLocalization()
            .AddMvcOptions(ModelBindingMessages.UseReadersLanguage).AddMvcOptions(ControlCharacterModelBinder.GuardPageText);
        services.AddOpenApi();

        services.AddScoped<PatientAuditScope>();
        services.AddSingleton<IAuditTrail, AuditTrail>();

        services.AddReports(builder.Configuration);
        services.AddScoped<IStartupTask, MigrateDatabase>();
        services.AddScoped<IStartupTask, CreateStaffRoles>();
        services.AddScoped<InstrumentImporter>();
        services.AddScoped<InstrumentForms>();
        services.AddSingleton<LockedFormCache>();
        services.AddScoped<InstrumentPackUpload>();
        services.AddScoped<IStartupTask, ImportBuiltInInstruments>();
        services.AddFlags(builder.Configuration);
        services.AddScoped<RatingRecorder>();
        services.AddScoped<SessionAccess>();
        services.AddScoped<SessionViews>();
        services.AddScoped<PatientTimelineQuery>();
        services.AddSummaries();
        services.AddTablet(builder.Configuration);
        services.AddDemoData(builder.Configuration);
        services.AddDashboard();
        services.AddNeedToKnow();
        services.AddAdministration();
        services.AddScoped<AccessLogQuery>();
    }

    public static void UseAllianceTracker(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseAllianceLocalization();
        app.UseMiddleware<NoStore>();
        app.UseMiddleware<RequestSizeLimit>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<BearerTokenRevocation>();
        app.UseRateLimiter();
        app.UseMiddleware<AuditMiddleware>();
        app.UseMiddleware<ApiAntiforgery>();
        app.UseMiddleware<MfaEnrolmentGate>();
        app.UseAuthorization();
        app.UseMiddleware<ControlCharacterGuard>();
        app.UseMiddleware<EncodedNulInForms>();

        app.MapAllianceHealthChecks();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAllianceJobsDashboard();
        app.MapRazorPages();
        app.MapLanguageSwitch();

        var api = app.MapGroup("/api/v1").RequireRateLimiting(RateLimits.Api);
        api.MapTokenEndpoints();
        api.MapPatientEndpoints();
        api.MapFlagEndpoints();
        api.MapSessionEndpoints();
        api.MapRatingEndpoints();
        api.MapGoalEndpoints();
        api.MapDecisionEndpoints();
        api.MapAutonomyEndpoints();
        api.MapRetainedAutonomyEndpoints();
        api.MapCrisisPlanEndpoints();
        api.MapStayEndpoints();
        api.MapInstrumentEndpoints();
        api.MapJurisdictionEndpoints();
        api.MapSummaryEndpoints();
        api.MapSummaryBatchEndpoints();
        api.MapTabletEndpoints();
        api.MapDashboardEndpoints();
        api.MapNeedToKnowEndpoints();
        api.MapAccessLogEndpoints();
        api.MapAdministrationEndpoints();
        api.MapCareTeamEndpoints();
        api.MapRawRatingInsertBaseline(app.Configuration, app.Services.GetRequiredService<DatabaseSettings>());
    }
}
