using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Reports.Summaries;

namespace AllianceTracker.Perf;

/// <summary>A clinical summary of a long stay: one session every day, both raters, own words now and then.</summary>
internal static class SyntheticSummary
{
    public static SummaryData WithSessions(int count)
    {
        var random = new Random(count);
        var first = new DateOnly(2025, 1, 1);
        return new SummaryData
        {
            PatientId = Guid.NewGuid(),
            PatientAlias = "Benchmark (synthetic)",
            Language = "nb",
            PeriodFrom = first,
            PeriodTo = first.AddDays(count),
            Audience = SummaryAudience.Clinical,
            Goals = [new SummaryGoal("Å få sove om natta.", "Restore sleep.", GoalProposer.Patient, GoalAgreement.Agreed, GoalStatus.Active)],
            Decisions = [.. Enumerable.Range(0, count / 10).Select(i => new SummaryTreatmentDecision(
                DecisionTopic.Medication, new DateTimeOffset(first.AddDays(i * 10).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1)),
                DecisionMaker.Jointly, i % 3 == 0 ? AgreementPosition.AcceptsButDoesNotAgree : AgreementPosition.Agrees, DecisionStage.AssessingLevelsOfAutonomy)
            {
                PatientPreference = "Jeg vil helst prøve en lavere dose først, og snakke om det igjen om en uke.",
                Outcome = "Lower dose for one week.",
            })],
            Sessions = [.. Enumerable.Range(0, count).Select(i => new SummarySession(first.AddDays(i), SessionKind.IndividualConversation)
            {
                Patient = Rating(random, i % 7 == 0 ? "Jeg vil hjem til katten min, og jeg vil bestemme når jeg står opp." : null),
                Therapist = Rating(random, null),
            })],
            Instruments =
            [
                new SummaryInstrument("bordin-alliance-check", "Alliance check", "1.0", Rater.Patient),
                new SummaryInstrument("bordin-alliance-check", "Alliance check", "1.0", Rater.Therapist),
            ],
        };
    }

    private static SummaryRating Rating(Random random, string? wants) => new()
    {
        Id = Guid.NewGuid(),
        InstrumentCode = "bordin-alliance-check",
        InstrumentVersion = "1.0",
        Total = random.Next(30, 95),
        Goal = random.Next(30, 95),
        Task = random.Next(30, 95),
        Bond = random.Next(30, 95),
        PatientWants = wants,
    };
}
