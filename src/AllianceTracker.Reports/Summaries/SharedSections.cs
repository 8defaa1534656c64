using AllianceTracker.Core.Decisions;
using AllianceTracker.Core.Goals;
using AllianceTracker.Core.Ratings;
using AllianceTracker.Core.Summaries;
using AllianceTracker.Reports.Charts;

namespace AllianceTracker.Reports.Summaries;

/// <summary>The sections both versions carry, worded for the reader: "you" for the patient, "the patient" for clinicians.</summary>
internal sealed class SharedSections(SummaryData data, SummaryTexts texts, SummaryFormat format)
{
    private bool ForClinicians => data.Audience == SummaryAudience.Clinical;

    public IEnumerable<SummarySection> All()
    {
        yield return Section("goals", data.Goals.Select(Goal));
        yield return Section("decisions", data.Decisions.Select(Decision));
        yield return Section("disagreements", Disagreements());
        yield return Section("autonomy", data.AutonomyDecisions.Select(AutonomyDecision));
        yield return Section("retained", data.RetainedAutonomy.Select(Retained));
        yield return Section("alliance", [new SummaryParagraph(texts["alliance.explain"]), Chart()]);
        yield return Section("ownwords", OwnWords());
    }

    private SummarySection Section(string key, IEnumerable<SummaryElement> elements)
    {
        var list = elements.ToList();
        return new SummarySection(key, texts[$"section.{key}"], list.Count > 0 ? list : [new SummaryParagraph(texts["nothing"])]);
    }

    private SummaryFacts Goal(SummaryGoal goal)
    {
        var facts = new List<SummaryFact>();
        AddIfAny(facts, "goal.patientWords", goal.PatientWords, ownWords: true);
        AddIfAny(facts, "goal.therapist", goal.TherapistFormulation);
        if (ForClinicians)
        {
            facts.Add(new(texts["goal.proposedBy"], texts.Label(goal.ProposedBy)));
        }

        facts.Add(new(texts["goal.agreement"], texts.Label(goal.Agreement)));
        facts.Add(new(texts["goal.status"], texts.Label(goal.Status)));
        return new SummaryFacts(null, facts);
    }

    private SummaryFacts Decision(SummaryTreatmentDecision decision)
    {
        var facts = new List<SummaryFact>
        {
            new(texts["decision.decidedBy"], texts.Label(decision.DecidedBy)),
            new(texts["decision.position"], texts.Label(decision.PatientPosition)),
        };
        AddIfAny(facts, "decision.preference", decision.PatientPreference, ownWords: true);
        AddIfAny(facts, "decision.outcome", decision.Outcome);
        AddIfAny(facts, "decision.rationale", decision.Rationale);
        if (ForClinicians)
        {
            facts.Add(new(texts["decision.stage"], texts.Label(decision.Stage)));
        }

        return new SummaryFacts(DecisionTitle(decision), facts);
    }

    private string DecisionTitle(SummaryTreatmentDecision decision) =>
        texts.Format("decision.heading", texts.Label(decision.Topic), format.DateTime(decision.DecidedAt));

    /// <summary>Where the patient disagreed or only accepted, always with their own words when they gave any.</summary>
    private IEnumerable<SummaryElement> Disagreements()
    {
        foreach (var goal in data.Goals.Where(g => g.Agreement is GoalAgreement.Disagreed or GoalAgreement.AcceptsButDoesNotAgree))
        {
            var facts = new List<SummaryFact>();
            AddIfAny(facts, "goal.patientWords", goal.PatientWords, ownWords: true);
            AddIfAny(facts, "goal.therapist", goal.TherapistFormulation);
            facts.Add(new(texts["goal.agreement"], texts.Label(goal.Agreement)));
            yield return new SummaryFacts(null, facts);
        }

        foreach (var decision in data.Decisions.Where(d => d.PatientPosition is AgreementPosition.Disagrees or AgreementPosition.AcceptsButDoesNotAgree))
        {
            var facts = new List<SummaryFact> { new(texts["decision.position"], texts.Label(decision.PatientPosition)) };
            AddIfAny(facts, "decision.preference", decision.PatientPreference, ownWords: true);
            AddIfAny(facts, "decision.outcome", decision.Outcome);
            yield return new SummaryFacts(DecisionTitle(decision), facts);
        }
    }

    private SummaryFacts AutonomyDecision(SummaryAutonomyDecision decision)
    {
        var ruleName = texts.IsNorwegian ? decision.RuleNameNb : decision.RuleNameEn;
        var meansName = texts.IsNorwegian ? decision.MeansNameNb : decision.MeansNameEn;
        var complaintBody = texts.IsNorwegian ? decision.ComplaintBodyNb : decision.ComplaintBodyEn;
        var facts = new List<SummaryFact> { new(texts["autonomy.legalBasis"], $"{decision.Act} {decision.Section}") };
        if (meansName is not null)
        {
            facts.Add(new(texts["autonomy.means"], decision.MeansCode is { } code ? $"({code}) {meansName}" : meansName));
        }

        facts.Add(new(texts["autonomy.period"], format.Period(decision.StartsAt, decision.EndsAt)));
        AddIfAny(facts, "autonomy.view", decision.PatientView, ownWords: true);
        if (string.IsNullOrWhiteSpace(decision.PatientView))
        {
            AddIfAny(facts, "autonomy.noView", decision.PatientViewNotRecordedReason);
        }

        facts.Add(new(texts["autonomy.complaint"], ForClinicians ? complaintBody : texts.Format("autonomy.complaintRight", complaintBody)));
        facts.Add(new(texts["autonomy.informed"], texts[decision.PatientInformedOfComplaintRight ? "yes" : "no"]));
        facts.Add(new(texts["autonomy.followUp"], FollowUp(decision)));
        return new SummaryFacts($"{ruleName} ({decision.Section})", facts);
    }

    private string FollowUp(SummaryAutonomyDecision decision) => (decision.FollowUpOfferedAt, decision.FollowUpHeldAt) switch
    {
        ({ } offered, { } held) => texts.Format("followUp.held", format.DateTime(offered), format.DateTime(held)),
        (null, { } held) => texts.Format("followUp.held", texts["dash"], format.DateTime(held)),
        ({ } offered, null) => texts.Format("followUp.offered", format.DateTime(offered)),
        _ => texts["followUp.none"],
    };

    private SummaryFacts Retained(SummaryRetainedAutonomy retained)
    {
        var since = retained.To is { } to
            ? texts.Format("range", format.Date(retained.From), format.Date(to))
            : format.Date(retained.From);
        return new SummaryFacts(
            texts.Label(retained.Domain),
            string.IsNullOrWhiteSpace(retained.Description)
                ? [new(texts["retained.period"], since)]
                : [new(texts["retained.period"], since), new(texts["retained.description"], retained.Description)]);
    }

    private SummaryChart Chart()
    {
        var numbered = data.Sessions.Select((s, i) => (Number: i + 1, Session: s)).ToList();
        return new SummaryChart(
            [.. numbered.Select(n => new SessionRating(n.Number, n.Session.Patient?.Total))],
            [.. numbered.Select(n => new SessionRating(n.Number, n.Session.Therapist?.Total))],
            new AllianceChartLabels(texts["chart.title"], texts["chart.x"], texts["chart.y"], texts["chart.patient"], texts["chart.therapist"]));
    }

    private IEnumerable<SummaryElement> OwnWords()
    {
        foreach (var (session, number) in data.Sessions.Select((s, i) => (s, i + 1)))
        {
            if (session.Patient is not { } rating || (string.IsNullOrWhiteSpace(rating.PatientWants) && string.IsNullOrWhiteSpace(rating.WhatWeCanAgreeOn)))
            {
                continue;
            }

            var facts = new List<SummaryFact>();
            AddIfAny(facts, "ownwords.want", rating.PatientWants, ownWords: true);
            AddIfAny(facts, "ownwords.agree", rating.WhatWeCanAgreeOn, ownWords: true);
            var title = $"{texts.Format("ownwords.heading", number)}, {format.Date(session.Date)}";
            yield return new SummaryFacts(title, facts);
            if (rating.Disclosure == Disclosure.InSharedSummaryOnly)
            {
                yield return new SummaryParagraph(texts["ownwords.sharedNow"]);
            }
        }
    }

    private void AddIfAny(List<SummaryFact> facts, string labelKey, string? value, bool ownWords = false)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new SummaryFact(texts[labelKey], value, ownWords));
        }
    }
}
