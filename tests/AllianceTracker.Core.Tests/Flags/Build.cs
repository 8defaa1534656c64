using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags.Engine;
using AllianceTracker.Core.Ratings;

namespace AllianceTracker.Core.Tests.Flags;

/// <summary>Short-hand for histories: sessions one day apart from a fixed Monday, on the default 6–30 form.</summary>
internal static class Build
{
    public const string Oslo = "Europe/Oslo";

    public static readonly DateTimeOffset FirstSession = new(2026, 2, 2, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Long after every test history; only deadline tests choose their own.</summary>
    public static readonly DateTimeOffset Later = new(2027, 1, 1, 12, 0, 0, TimeSpan.FromHours(1));

    public static readonly Guid Form = Id(9001);
    public static readonly Guid OtherForm = Id(9002);

    /// <summary>A readable, ordered id: Id(1) sorts before Id(2).</summary>
    public static Guid Id(int number) => new(number, 0, 0, new byte[8]);

    public static RatingPoint Rating(double total, double normativeSd = 0, Guid? form = null) => new()
    {
        InstrumentVersionId = form ?? Form,
        ScaleMin = 6,
        ScaleMax = 30,
        TotalRaw = total,
        NormativeSd = normativeSd,
    };

    public static SessionPoint Session(int day, RatingPoint? patient = null, RatingPoint? therapist = null, NonResponseReason? reason = null) => new()
    {
        SessionId = Id(day + 1),
        StartsAt = FirstSession.AddDays(day),
        PatientRating = patient,
        TherapistRating = therapist,
        NonResponseReason = reason,
    };

    /// <summary>One session a day, the patient rating each with the given totals.</summary>
    public static SessionPoint[] PatientTotals(params double[] totals) =>
        totals.Select((total, day) => Session(day, patient: Rating(total))).ToArray();

    public static PatientHistory History(params SessionPoint[] sessions) => new()
    {
        WardTimeZoneId = Oslo,
        Sessions = sessions,
    };

    public static SessionPoint WithAgreement(int day, AgreementPosition? position) =>
        Session(day, patient: Rating(20) with { MainDecisionAgreement = position });

    public static IReadOnlyList<Finding> Findings(PatientHistory history, string ruleId, RuleParameters? parameters = null, DateTimeOffset? now = null) =>
        FlagEngine.Evaluate(history, parameters ?? RuleParameters.Default, now ?? Later)
            .Findings.Where(finding => finding.RuleId == ruleId).ToList();

    public static IReadOnlyList<RuptureEpisodeResult> Episodes(PatientHistory history, DateTimeOffset? now = null) =>
        FlagEngine.Evaluate(history, RuleParameters.Default, now ?? Later).RuptureEpisodes;

    /// <summary>Oslo wall-clock time with the offset in force then.</summary>
    public static DateTimeOffset OsloTime(int year, int month, int day, int hour, int minute = 0)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Oslo);
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
