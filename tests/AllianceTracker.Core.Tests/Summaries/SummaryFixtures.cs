using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Flags;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Reports.Summaries;

namespace AllianceTracker.Core.Tests.Summaries;

/// <summary>A realistic summary for a patient on a Norwegian ward, with words of their own.</summary>
internal static class SummaryFixtures
{
    public const string GoalWords = "Jeg vil sove bedre og få gå tur på tørre dager ved sjøen";
    public const string PreferenceWords = "Jeg vil heller ha tabletter enn sprøyte, og få prøve én uke først";
    public const string ViewWords = "Jeg ville ikke bli holdt fast, jeg trengte bare å være alene på rommet";
    public const string WantWords = "Å få være ute i frisk luft hver dag";
    public const string HiddenUntilSummaryWords = "Jeg stoler på deg når du forklarer hvorfor";

    public static readonly Guid PatientId = Guid.Parse("0b6f9a52-2a43-4c1d-9a43-5a7e0d7f0c11");
    public static readonly Guid DocumentId = Guid.Parse("6f1c2d3e-4b5a-4978-8a6b-1c2d3e4f5a6b");
    public static readonly DateTimeOffset GeneratedAt = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly TimeSpan Oslo = TimeSpan.FromHours(1);

    public static SummaryData Sample(SummaryAudience audience = SummaryAudience.Patient, string language = "nb") => new()
    {
        PatientId = PatientId,
        PatientAlias = "P-0042 Måke",
        Language = language,
        PeriodFrom = new DateOnly(2026, 1, 1),
        PeriodTo = new DateOnly(2026, 2, 28),
        Audience = audience,
        Goals =
        [
            new SummaryGoal(GoalWords, "Bedre søvn og daglig fysisk aktivitet", GoalProposer.Patient, GoalAgreement.Agreed, GoalStatus.Active),
            new SummaryGoal("Komme hjem til katten min", "Utskrivning når faren for selvskade er lav", GoalProposer.Patient, GoalAgreement.Disagreed, GoalStatus.Active),
        ],
        Decisions =
        [
            new SummaryTreatmentDecision(
                DecisionTopic.Medication,
                new DateTimeOffset(2026, 1, 12, 13, 0, 0, Oslo),
                DecisionMaker.ClinicianOverPatientObjection,
                AgreementPosition.AcceptsButDoesNotAgree,
                DecisionStage.CoercionAsCare)
            {
                PatientPreference = PreferenceWords,
                Outcome = "Depotinjeksjon hver fjerde uke",
                Rationale = "Tablettene ble ikke tatt i desember",
            },
            new SummaryTreatmentDecision(
                DecisionTopic.Leave,
                new DateTimeOffset(2026, 2, 3, 10, 30, 0, Oslo),
                DecisionMaker.Jointly,
                AgreementPosition.Agrees,
                DecisionStage.AssessingLevelsOfAutonomy)
            {
                Outcome = "To timers permisjon med følge",
            },
        ],
        AutonomyDecisions =
        [
            new SummaryAutonomyDecision
            {
                Id = Guid.Parse("3a9d6c2e-1f0b-4e5d-8c7a-2b1e0f9d8c7b"),
                RuleCode = "NO-4-8",
                Section = "§4-8",
                Act = "Psykisk helsevernloven",
                RuleNameEn = "Coercive means",
                RuleNameNb = "Tvangsmidler",
                Category = MeasureCategory.CoerciveMeans,
                MeansCode = "d",
                MeansNameEn = "short-term holding",
                MeansNameNb = "kortvarig fastholding",
                StartsAt = new DateTimeOffset(2026, 1, 20, 21, 40, 0, Oslo),
                EndsAt = new DateTimeOffset(2026, 1, 20, 21, 55, 0, Oslo),
                PatientView = ViewWords,
                ComplaintBodyEn = "the Control Commission",
                ComplaintBodyNb = "kontrollkommisjonen",
                PatientInformedOfComplaintRight = true,
                FollowUpOfferedAt = new DateTimeOffset(2026, 1, 21, 9, 0, 0, Oslo),
                FollowUpHeldAt = new DateTimeOffset(2026, 1, 21, 14, 0, 0, Oslo),
            },
        ],
        RetainedAutonomy =
        [
            new SummaryRetainedAutonomy(AutonomyDomain.Food, "Velger selv mellom middagsrettene", new DateOnly(2026, 1, 5), null),
            new SummaryRetainedAutonomy(AutonomyDomain.Visitors, null, new DateOnly(2026, 1, 5), null),
        ],
        Sessions = Sessions(6),
        Flags =
        [
            new SummaryFlag(
                "alliance.rater-gap",
                FlagSeverity.Medium,
                FlagStatus.Open,
                new DateOnly(2026, 1, 22),
                "The therapist's score exceeded the patient's by 30 points (threshold 25).",
                "Behandlerens skår var 30 poeng høyere enn pasientens (terskel 25)."),
        ],
        RuptureEpisodes =
        [
            new SummaryRuptureEpisode(Rater.Patient, new DateOnly(2026, 1, 20), "alliance.drop-from-baseline", RuptureStatus.Repaired, new DateOnly(2026, 2, 3)),
        ],
        Instruments = [Instrument(Rater.Patient), Instrument(Rater.Therapist)],
    };

    /// <summary>Sessions a week apart; the patient rates lower than the therapist and skips every fifth session.</summary>
    public static IReadOnlyList<SummarySession> Sessions(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new SummarySession(new DateOnly(2026, 1, 5).AddDays(7 * i), i % 3 == 2 ? SessionKind.WardRound : SessionKind.IndividualConversation)
        {
            Patient = i % 5 == 4 ? null : Rating(Rater.Patient, 40 + (i % 7 * 5), i),
            PatientNonResponse = i % 5 == 4 ? NonResponseReason.Declined : null,
            Therapist = Rating(Rater.Therapist, 70 + (i % 4 * 5), i),
        }),
    ];

    public static SummaryInstrument Instrument(Rater rater) => new("bordin-alliance-check", "Bordin alliance check", "1.0", rater)
    {
        Items =
        [
            new("goal1", Subscale.Goal, 1, 5, "Vi jobber mot det jeg vil oppnå"),
            new("task1", Subscale.Task, 1, 5, "Det vi gjør sammen, gir mening"),
            new("bond1", Subscale.Bond, 1, 5, "Jeg føler meg respektert"),
            new("wants", Subscale.FreeText, 0, 0, "Hva vil du?"),
        ],
    };

    private static SummaryRating Rating(Rater rater, double total, int index) => new()
    {
        Id = new Guid(index + 1, (short)rater, 0, new byte[8]),
        InstrumentCode = "bordin-alliance-check",
        InstrumentVersion = "1.0",
        Total = total,
        Goal = total - 5,
        Task = total,
        Bond = Math.Min(100, total + 5),
        MainDecisionAgreement = rater == Rater.Patient && index == 1 ? AgreementPosition.AcceptsButDoesNotAgree : null,
        Disclosure = rater == Rater.Patient && index == 2 ? Disclosure.InSharedSummaryOnly : Disclosure.Now,
        PatientWants = rater == Rater.Patient && index == 0 ? WantWords : null,
        WhatWeCanAgreeOn = rater == Rater.Patient && index == 2 ? HiddenUntilSummaryWords : null,
        Answers = [new("goal1", 3, null), new("task1", 4, null), new("bond1", 4, null), new("wants", null, rater == Rater.Patient ? WantWords : null)],
    };
}
