using AllianceTracker.Core.Autonomy;
using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Scoring;
using AllianceTracker.Core.Patients;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Sessions;
using AllianceTracker.Core.Stays;
using AllianceTracker.Data;
using AllianceTracker.Data.Seed;

namespace AllianceTracker.Web.Features.Demo;

/// <summary>
/// One synthetic patient's stay, generated from a fixed seed so every demo database tells the same
/// stories. The pattern decides what the stay shows (a repaired rupture, an unrepaired one, a rater gap,
/// acquiescence, coercion with and without follow-up, a patient whose voice goes missing).
/// </summary>
internal sealed class DemoPatientStory
{
    private static readonly string[] Aliases =
    [
        "Birch", "Heather", "Juniper", "Rowan", "Aspen", "Lingon", "Cloudberry",
        "Willow", "Fjord", "Skerry", "Tarn", "Moss", "Alder", "Sorrel",
    ];

    private readonly int _index;
    private readonly Guid _wardId;
    private readonly IReadOnlyList<Guid> _therapists;
    private readonly InstrumentVersion _patientForm;
    private readonly InstrumentVersion _therapistForm;
    private readonly DateTimeOffset _now;
    private readonly Random _random;
    private readonly DemoPattern _pattern;

    public DemoPatientStory(
        int index, Guid wardId, IReadOnlyList<Guid> therapists,
        InstrumentVersion patientForm, InstrumentVersion therapistForm, DateTimeOffset now)
    {
        _index = index;
        _wardId = wardId;
        _therapists = therapists;
        _patientForm = patientForm;
        _therapistForm = therapistForm;
        _now = now;
        _random = new Random(2026 + index);
        _pattern = (DemoPattern)(index % Enum.GetValues<DemoPattern>().Length);
    }

    private Guid Therapist => _therapists[_index % _therapists.Count];

    public void AddTo(AllianceDbContext db)
    {
        var sessionCount = 8 + (_index * 7 % 23);
        var firstSession = _now.AddDays(-3 * sessionCount).Date;
        var start = new DateTimeOffset(firstSession, TimeSpan.Zero).AddHours(10);
        var patient = new Patient
        {
            WardId = _wardId,
            DisplayAlias = $"{Aliases[_index % Aliases.Length]} (demo)",
            PreferredLanguage = (_index % 3) switch { 0 => "nb", 1 => "nn", _ => "en" },
            RegisteredAt = start.AddDays(-2),
            RegisteredBy = Therapist,
            IsSynthetic = true,
        };
        db.Patients.Add(patient);
        AddCareTeam(db, patient);
        var episode = AddEpisode(db, patient, start.AddDays(-2));
        AddGoals(db, patient, start);
        AddRetainedAutonomy(db, patient, start);

        for (var n = 0; n < sessionCount; n++)
        {
            var at = start.AddDays(3 * n).AddMinutes(_random.Next(0, 120));
            var session = AddSession(db, patient, at, n);
            AddRatings(db, patient, session, n, sessionCount);
            if (n % 4 == 1)
            {
                AddDecision(db, patient, session, at, n);
            }
        }

        if (_pattern is DemoPattern.CoercionWithFollowUp or DemoPattern.CoercionWithoutFollowUp)
        {
            AddCoercion(db, patient, episode, start.AddDays(3 * (sessionCount / 2)).AddHours(-20));
        }
    }

    private void AddCareTeam(AllianceDbContext db, Patient patient)
    {
        db.CareTeamMemberships.Add(new CareTeamMembership
        {
            PatientId = patient.Id, StaffUserId = Therapist, Role = CareTeamRole.ResponsibleClinician,
            From = patient.RegisteredAt, AddedBy = Therapist,
        });
        if (_index % 3 == 0)
        {
            var colleague = _therapists[(_index + 1) % _therapists.Count];
            db.CareTeamMemberships.Add(new CareTeamMembership
            {
                PatientId = patient.Id, StaffUserId = colleague, Role = CareTeamRole.Therapist,
                From = patient.RegisteredAt, AddedBy = Therapist,
            });
        }
    }

    private EpisodeOfCare AddEpisode(AllianceDbContext db, Patient patient, DateTimeOffset admittedAt)
    {
        var episode = new EpisodeOfCare { PatientId = patient.Id, WardId = _wardId, AdmittedAt = admittedAt, AdmittedBy = Therapist };
        episode.LegalStatus.Add(new LegalStatusPeriod
        {
            Status = LegalStatus.CompulsoryObservation, LegalSection = "§3-2", From = admittedAt,
            RecordedAt = admittedAt, RecordedBy = Therapist,
        });
        episode.LegalStatus.Add(new LegalStatusPeriod
        {
            Status = LegalStatus.CompulsoryCare, LegalSection = "§3-3", From = admittedAt.AddDays(5),
            RecordedAt = admittedAt.AddDays(5), RecordedBy = Therapist,
        });
        episode.CapacityAssessments.Add(new CapacityAssessment
        {
            PatientId = patient.Id, AssessedAt = admittedAt.AddDays(4), AssessedBy = Therapist,
            Result = CapacityResult.LacksCapacity, Scope = "Consent to compulsory mental health care",
            RecordedAt = admittedAt.AddDays(4),
        });
        db.Episodes.Add(episode);
        return episode;
    }

    private void AddGoals(AllianceDbContext db, Patient patient, DateTimeOffset at)
    {
        var agreement = _pattern == DemoPattern.Acquiescence ? GoalAgreement.AcceptsButDoesNotAgree : GoalAgreement.Agreed;
        var sleep = new Goal { PatientId = patient.Id };
        sleep.Start(new GoalContent
        {
            PatientWords = "Å få sove om natta og slippe å være redd.",
            TherapistFormulation = "Restore sleep and reduce night-time anxiety.",
            ProposedBy = GoalProposer.Patient,
            Agreement = GoalAgreement.Agreed,
        }, Therapist, at);
        var home = new Goal { PatientId = patient.Id };
        home.Start(new GoalContent
        {
            PatientWords = "Go home to my flat and my cat.",
            TherapistFormulation = "Prepare for discharge with follow-up from the community team.",
            ProposedBy = GoalProposer.Jointly,
            Agreement = GoalAgreement.NotYetDiscussed,
        }, Therapist, at);
        home.Amend(home.Current with { Agreement = agreement }, Therapist, at.AddDays(6), "Discussed in the ward round.");
        db.Goals.AddRange(sleep, home);
    }

    private void AddRetainedAutonomy(AllianceDbContext db, Patient patient, DateTimeOffset at)
    {
        foreach (var (domain, text) in new[]
                 {
                     (AutonomyDomain.DailyRhythm, "Decides when to get up and go to bed."),
                     (AutonomyDomain.ChoiceBetweenMedications, "Chooses between two antipsychotics offered."),
                 })
        {
            var record = new RetainedAutonomy { PatientId = patient.Id };
            record.Start(new RetainedAutonomyContent { Domain = domain, Description = text, From = at }, Therapist, at);
            db.RetainedAutonomy.Add(record);
        }
    }

    private ClinicalSession AddSession(AllianceDbContext db, Patient patient, DateTimeOffset at, int n)
    {
        var session = new ClinicalSession { PatientId = patient.Id, WardId = _wardId, TherapistId = Therapist };
        session.Start(new SessionDetails
        {
            Kind = n % 5 == 4 ? SessionKind.WardRound : SessionKind.IndividualConversation,
            StartsAt = at,
            DurationMinutes = 30 + 15 * (n % 3),
            Note = "Synthetic demo session.",
        }, Therapist, at.AddMinutes(50));
        db.Sessions.Add(session);
        return session;
    }

    private void AddRatings(AllianceDbContext db, Patient patient, ClinicalSession session, int n, int count)
    {
        var at = session.Current.StartsAt.AddMinutes(45);
        var (patientLevel, therapistLevel, rupture) = Levels(n, count);
        db.Ratings.Add(Rating(patient, session, _therapistForm, Rater.Therapist, therapistLevel, RuptureAnswer.No, at));

        var nonResponse = PatientNonResponse(n);
        if (nonResponse is { } reason)
        {
            db.NonResponses.Add(new NonResponse
            {
                SessionId = session.Id, PatientId = patient.Id, WardId = _wardId, Reason = reason,
                RecordedAt = at, RecordedBy = Therapist,
            });
            return;
        }

        if (_pattern == DemoPattern.MissingVoice && n >= count - 2)
        {
            return; // neither a rating nor a reason: the voice is missing, and the flag rules show it
        }

        db.Ratings.Add(Rating(patient, session, _patientForm, Rater.Patient, patientLevel, rupture, at));
    }

    private NonResponseReason? PatientNonResponse(int n) => _pattern switch
    {
        DemoPattern.MissingVoice when n % 3 == 0 => NonResponseReason.Declined,
        _ when n == 2 => NonResponseReason.TooUnwell,
        _ => null,
    };

    /// <summary>Mean item levels (1–5) for the patient and therapist in session n, and whether the patient reports a rupture.</summary>
    private (double Patient, double Therapist, RuptureAnswer Rupture) Levels(int n, int count)
    {
        var dip = count / 2;
        return _pattern switch
        {
            DemoPattern.RepairedRupture when n == dip => (2.0, 3.6, RuptureAnswer.ALot),
            DemoPattern.RepairedRupture when n == dip + 1 => (3.2, 3.8, RuptureAnswer.ALittle),
            DemoPattern.UnrepairedRupture when n >= dip => (2.0, 3.7, n == dip ? RuptureAnswer.ALot : RuptureAnswer.No),
            DemoPattern.RaterGap => (2.4, 4.6, RuptureAnswer.No),
            DemoPattern.CoercionWithFollowUp or DemoPattern.CoercionWithoutFollowUp when n == dip => (1.8, 3.5, RuptureAnswer.ALot),
            _ => (3.9, 4.0, RuptureAnswer.No),
        };
    }

    private AllianceRating Rating(
        Patient patient, ClinicalSession session, InstrumentVersion form, Rater rater, double level, RuptureAnswer rupture, DateTimeOffset at)
    {
        var answers = form.Items
            .Where(i => i.Subscale is Subscale.Goal or Subscale.Task or Subscale.Bond)
            .ToDictionary(i => i.Key, i => (int?)Math.Clamp((int)Math.Round(level + (_random.NextDouble() - 0.5)), i.ScaleMin, i.ScaleMax));
        var rating = new AllianceRating
        {
            SessionId = session.Id,
            PatientId = patient.Id,
            WardId = _wardId,
            Rater = rater,
            EnteredBy = rater == Rater.Therapist ? Therapist : null,
            InstrumentVersionId = form.Id,
            Source = rater == Rater.Patient ? RatingSource.Tablet : RatingSource.StaffEntry,
            SubmittedAt = at,
            Scores = RatingScorer.Score(form, answers),
            RuptureReported = rupture,
            RuptureTalkedThrough = rupture == RuptureAnswer.ALittle ? true : null,
            MainDecisionAgreement = rater == Rater.Patient && _pattern == DemoPattern.Acquiescence
                ? AgreementPosition.AcceptsButDoesNotAgree
                : null,
        };
        rating.Answers.AddRange(answers.Select(a => new RatingAnswer { ItemKey = a.Key, Value = a.Value }));
        form.IsLocked = true;
        return rating;
    }

    private void AddDecision(AllianceDbContext db, Patient patient, ClinicalSession session, DateTimeOffset at, int n)
    {
        var acquiescent = _pattern == DemoPattern.Acquiescence;
        var overObjection = _pattern == DemoPattern.UnrepairedRupture && n > 4;
        var decision = new TreatmentDecision { PatientId = patient.Id, SessionId = session.Id };
        decision.Start(new TreatmentDecisionContent
        {
            Topic = n % 8 == 1 ? DecisionTopic.Medication : DecisionTopic.Leave,
            DecidedAt = at,
            OptionsDiscussed = "Continue the current plan; adjust it; pause it.",
            PatientPreference = acquiescent ? "Jeg vil helst slutte med medisinene, men jeg orker ikke krangle." : "I want to keep my walks outside.",
            ClinicianRecommendation = "Continue the current plan for two more weeks.",
            Outcome = "The current plan continues.",
            DecidedBy = overObjection ? DecisionMaker.ClinicianOverPatientObjection
                : acquiescent ? DecisionMaker.ClinicianWithPatientAgreement : DecisionMaker.Jointly,
            PatientPosition = overObjection ? AgreementPosition.Disagrees
                : acquiescent ? AgreementPosition.AcceptsButDoesNotAgree : AgreementPosition.Agrees,
            Stage = overObjection ? DecisionStage.NoAgreementReached
                : acquiescent ? DecisionStage.CoercionAsPower : DecisionStage.AssessingLevelsOfAutonomy,
            Rationale = overObjection && n % 8 == 5 ? "Risk of relapse judged too high to stop now." : null,
        }, Therapist, at.AddHours(1));
        db.TreatmentDecisions.Add(decision);
    }

    private void AddCoercion(AllianceDbContext db, Patient patient, EpisodeOfCare episode, DateTimeOffset at)
    {
        var withFollowUp = _pattern == DemoPattern.CoercionWithFollowUp;
        var plan = new CrisisPlan { PatientId = patient.Id };
        plan.Start(new CrisisPlanContent
        {
            LeastIntrusiveMeasure = "Being held briefly is better for me than the belt.",
            WhatHelpsToCalmDown = "A quiet room, music, and one person I know talking to me.",
        }, Therapist, episode.AdmittedAt.AddDays(1));
        db.CrisisPlans.Add(plan);

        var decision = new AutonomyLimitingDecision
        {
            PatientId = patient.Id,
            WardId = _wardId,
            RuleId = withFollowUp ? NorwegianMentalHealthCareAct.CoerciveMeans : NorwegianMentalHealthCareAct.Seclusion,
        };
        decision.Start(new AutonomyDecisionContent
        {
            MeansCode = withFollowUp ? "a" : null,
            ResponsibleClinicianId = Therapist,
            DecidedAt = at,
            StartsAt = at,
            EndsAt = at.AddHours(withFollowUp ? 2 : 30),
            MilderMeansTried = "Conversation in a quiet room; offer of oral medication.",
            PatientView = withFollowUp ? "Jeg vil ikke bli lagt i belter, jeg vil snakke med søstera mi." : null,
            CapacityAssessmentId = episode.CapacityAssessments[0].Id,
            PatientInformedOfComplaintRight = withFollowUp,
            FormalDecisionMade = withFollowUp,
            Rationale = "Imminent danger to others after milder means failed.",
        }, Therapist, at.AddHours(1));
        if (withFollowUp)
        {
            decision.FollowUps.Add(new FollowUpConversation
            {
                OfferedAt = at.AddHours(4), HeldAt = at.AddHours(20), RecordedAt = at.AddHours(21), RecordedBy = Therapist,
                Note = "Synthetic follow-up conversation.",
            });
        }

        db.AutonomyDecisions.Add(decision);
    }
}

internal enum DemoPattern
{
    RepairedRupture,
    UnrepairedRupture,
    RaterGap,
    Acquiescence,
    CoercionWithFollowUp,
    CoercionWithoutFollowUp,
    MissingVoice,
}
