using AllianceTracker.Core.Audit;
using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Dashboard;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Organisation;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Stays;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Core.Tablet;
using AllianceTracker.Data.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AllianceTracker.Data;

public class AllianceDbContext(DbContextOptions<AllianceDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<WardMembership> WardMemberships => Set<WardMembership>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<CareTeamMembership> CareTeamMemberships => Set<CareTeamMembership>();
    public DbSet<NeedToKnowAccess> NeedToKnowAccesses => Set<NeedToKnowAccess>();
    public DbSet<CrisisPlan> CrisisPlans => Set<CrisisPlan>();
    public DbSet<EpisodeOfCare> Episodes => Set<EpisodeOfCare>();
    public DbSet<LegalStatusPeriod> LegalStatusPeriods => Set<LegalStatusPeriod>();
    public DbSet<CapacityAssessment> CapacityAssessments => Set<CapacityAssessment>();
    public DbSet<ClinicalSession> Sessions => Set<ClinicalSession>();
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<InstrumentVersion> InstrumentVersions => Set<InstrumentVersion>();
    public DbSet<AllianceRating> Ratings => Set<AllianceRating>();
    public DbSet<NonResponse> NonResponses => Set<NonResponse>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<TreatmentDecision> TreatmentDecisions => Set<TreatmentDecision>();
    public DbSet<JurisdictionRule> JurisdictionRules => Set<JurisdictionRule>();
    public DbSet<AutonomyLimitingDecision> AutonomyDecisions => Set<AutonomyLimitingDecision>();
    public DbSet<FollowUpConversation> FollowUpConversations => Set<FollowUpConversation>();
    public DbSet<RetainedAutonomy> RetainedAutonomy => Set<RetainedAutonomy>();
    public DbSet<Flag> Flags => Set<Flag>();
    public DbSet<RuleSet> RuleSets => Set<RuleSet>();
    public DbSet<RuptureEpisode> RuptureEpisodes => Set<RuptureEpisode>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<SummaryDocument> SummaryDocuments => Set<SummaryDocument>();
    public DbSet<SummaryBatchRequest> SummaryBatchRequests => Set<SummaryBatchRequest>();
    public DbSet<RateLimitBucket> RateLimitBuckets => Set<RateLimitBucket>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<TabletHandover> TabletHandovers => Set<TabletHandover>();
    public DbSet<DailyPatientFact> DailyPatientFacts => Set<DailyPatientFact>();
    public DbSet<AggregateWatermark> AggregateWatermarks => Set<AggregateWatermark>();
    public DbSet<WardReport> WardReports => Set<WardReport>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AllianceDbContext).Assembly);
        UseClientSetKeysForDomainEntities(builder);
    }

    /// <summary>
    /// Domain entities get their Guid ids when they are constructed. Telling EF the ids are never generated
    /// makes a new version added to a tracked record an insert, not an update of a row that does not exist.
    /// </summary>
    private static void UseClientSetKeysForDomainEntities(ModelBuilder builder)
    {
        var domain = typeof(Patient).Assembly;
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Assembly == domain))
        {
            foreach (var key in entity.FindPrimaryKey()?.Properties.Where(p => p.ClrType == typeof(Guid)) ?? [])
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        foreach (var enumType in typeof(Patient).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        }

        // SQLite has no date-time type that sorts and compares; store UTC ticks instead.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
