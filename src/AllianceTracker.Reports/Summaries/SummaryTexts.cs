using System.Collections.Frozen;
using System.Globalization;
using AllianceTracker.Core.Summaries;

namespace AllianceTracker.Reports.Summaries;

/// <summary>
/// The summary's own wording in Bokmål, Nynorsk and English. A key looked up for the patient version first tries
/// "p." + key, so the patient is addressed as "you" while the clinical version speaks of "the patient".
/// Enum values are keyed "EnumType.Value".
/// </summary>
public sealed class SummaryTexts
{
    public static readonly IReadOnlyList<string> Languages = ["en", "nb", "nn"];

    // Columns: en, nb, nn.
    private static readonly FrozenDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        ["p.title"] = ["Your summary: what we decided together", "Din oppsummering: det vi har bestemt sammen", "Oppsummeringa di: det vi har bestemt saman"],
        ["title"] = ["Shared-decision summary, clinical version", "Oppsummering av felles beslutninger, klinisk versjon", "Oppsummering av felles avgjerder, klinisk versjon"],
        ["subject"] = ["Shared-decision summary: {0}", "Oppsummering av felles beslutninger: {0}", "Oppsummering av felles avgjerder: {0}"],
        ["footer"] = ["Document {0} · SHA-256 {1}", "Dokument {0} · SHA-256 {1}", "Dokument {0} · SHA-256 {1}"],
        ["page"] = ["page {0} of {1}", "side {0} av {1}", "side {0} av {1}"],
        ["p.intro"] = [
            "This summary is for you. It covers {0} to {1}. It shows your goals, the decisions about your treatment and who made them, where we did not agree, and how you and your therapist each rated our work together.",
            "Denne oppsummeringen er til deg. Den gjelder {0} til {1}. Den viser målene dine, beslutningene om behandlingen din og hvem som tok dem, hvor vi ikke var enige, og hvordan du og behandleren din hver for seg vurderte samarbeidet vårt.",
            "Denne oppsummeringa er til deg. Ho gjeld {0} til {1}. Ho viser måla dine, avgjerdene om behandlinga di og kven som tok dei, kvar vi ikkje var einige, og korleis du og behandlaren din kvar for seg vurderte samarbeidet vårt."],
        ["intro"] = [
            "Summary for {2}, {0} to {1}. Patient and therapist ratings are shown side by side and never averaged.",
            "Oppsummering for {2}, {0} til {1}. Pasientens og behandlerens vurderinger vises side om side og slås aldri sammen.",
            "Oppsummering for {2}, {0} til {1}. Vurderingane til pasienten og behandlaren blir viste side om side og aldri slått saman."],
        ["nothing"] = ["Nothing recorded for this period.", "Ingenting registrert i denne perioden.", "Ingenting registrert i denne perioden."],
        ["p.date"] = ["d MMMM yyyy", "d. MMMM yyyy", "d. MMMM yyyy"],
        ["date"] = ["yyyy-MM-dd", "yyyy-MM-dd", "yyyy-MM-dd"],
        ["yes"] = ["Yes", "Ja", "Ja"],
        ["no"] = ["No", "Nei", "Nei"],
        ["ongoing"] = ["still in force", "pågår fortsatt", "pågår framleis"],
        ["dash"] = ["—", "—", "—"],

        ["p.section.goals"] = ["Your goals", "Målene dine", "Måla dine"],
        ["section.goals"] = ["Goals", "Mål", "Mål"],
        ["p.section.decisions"] = ["Decisions about your treatment", "Beslutninger om behandlingen din", "Avgjerder om behandlinga di"],
        ["section.decisions"] = ["Treatment decisions", "Behandlingsbeslutninger", "Behandlingsavgjerder"],
        ["p.section.disagreements"] = ["Where we did not agree", "Der vi ikke var enige", "Der vi ikkje var einige"],
        ["section.disagreements"] = ["Where the patient did not agree, in their words", "Der pasienten ikke var enig, med egne ord", "Der pasienten ikkje var einig, med eigne ord"],
        ["p.section.autonomy"] = ["Decisions that limited your freedom", "Vedtak som begrenset friheten din", "Vedtak som avgrensa fridomen din"],
        ["section.autonomy"] = ["Autonomy-limiting decisions", "Vedtak om tvang og restriksjoner", "Vedtak om tvang og restriksjonar"],
        ["p.section.retained"] = ["What you still decide", "Det du fortsatt bestemmer selv", "Det du framleis bestemmer sjølv"],
        ["section.retained"] = ["Retained autonomy", "Områder pasienten bestemmer selv", "Område pasienten bestemmer sjølv"],
        ["p.section.alliance"] = ["How you rated our work together", "Hvordan du vurderte samarbeidet vårt", "Korleis du vurderte samarbeidet vårt"],
        ["section.alliance"] = ["The alliance as each rater saw it", "Alliansen slik hver av partene vurderte den", "Alliansen slik kvar av partane vurderte han"],
        ["p.section.ownwords"] = ["In your own words", "Med dine egne ord", "Med dine eigne ord"],
        ["section.ownwords"] = ["The patient's own words", "Pasientens egne ord", "Orda til pasienten"],
        ["section.sessions"] = ["Sessions", "Samtaler", "Samtalar"],
        ["section.ratings"] = ["Ratings by subscale", "Vurderinger per delskala", "Vurderingar per delskala"],
        ["section.gaps"] = ["Rater gaps", "Avstand mellom vurderingene", "Avstand mellom vurderingane"],
        ["section.acquiescence"] = ["Acquiescence", "Aksept uten enighet", "Aksept utan semje"],
        ["section.flags"] = ["Flags", "Varsler", "Varsel"],
        ["section.ruptures"] = ["Rupture episodes and repairs", "Brudd i alliansen og reparasjon", "Brot i alliansen og reparasjon"],
        ["section.instruments"] = ["Instrument versions", "Instrumentversjoner", "Instrumentversjonar"],

        ["p.goal.patientWords"] = ["In your words", "Med dine ord", "Med dine ord"],
        ["goal.patientWords"] = ["Patient's words", "Pasientens ord", "Orda til pasienten"],
        ["p.goal.therapist"] = ["How your therapist put it", "Slik behandleren din formulerte det", "Slik behandlaren din formulerte det"],
        ["goal.therapist"] = ["Therapist's formulation", "Behandlerens formulering", "Formuleringa til behandlaren"],
        ["goal.proposedBy"] = ["Proposed by", "Foreslått av", "Føreslått av"],
        ["goal.agreement"] = ["Agreement", "Enighet", "Semje"],
        ["goal.status"] = ["Status", "Status", "Status"],

        ["decision.heading"] = ["{0}, {1}", "{0}, {1}", "{0}, {1}"],
        ["decision.decidedBy"] = ["Who decided", "Hvem bestemte", "Kven bestemte"],
        ["p.decision.position"] = ["Your view", "Ditt syn", "Ditt syn"],
        ["decision.position"] = ["Patient's position", "Pasientens standpunkt", "Standpunktet til pasienten"],
        ["p.decision.preference"] = ["What you wanted, in your words", "Det du ønsket, med dine ord", "Det du ønskte, med dine ord"],
        ["decision.preference"] = ["Patient's preference, own words", "Pasientens ønske, egne ord", "Ønsket til pasienten, eigne ord"],
        ["decision.outcome"] = ["What was decided", "Hva som ble bestemt", "Kva som vart bestemt"],
        ["p.decision.rationale"] = ["Why", "Hvorfor", "Kvifor"],
        ["decision.rationale"] = ["Rationale", "Begrunnelse", "Grunngiving"],
        ["decision.stage"] = ["Stage", "Fase", "Fase"],

        ["autonomy.legalBasis"] = ["Legal basis", "Rettslig grunnlag", "Rettsleg grunnlag"],
        ["autonomy.means"] = ["Means", "Tvangsmiddel", "Tvangsmiddel"],
        ["autonomy.period"] = ["When", "Når", "Når"],
        ["p.autonomy.view"] = ["What you said before the decision", "Det du sa før vedtaket", "Det du sa før vedtaket"],
        ["autonomy.view"] = ["Patient's view before the decision", "Pasientens syn før vedtaket", "Synet til pasienten før vedtaket"],
        ["p.autonomy.noView"] = ["Why your view was not written down", "Hvorfor ditt syn ikke ble skrevet ned", "Kvifor synet ditt ikkje vart skrive ned"],
        ["autonomy.noView"] = ["Reason no view was recorded", "Grunn til at synet ikke ble registrert", "Grunn til at synet ikkje vart registrert"],
        ["autonomy.complaintRight"] = [
            "You have the right to complain about this decision to {0}. Staff must help you if you want to complain.",
            "Du har rett til å klage på dette vedtaket til {0}. Personalet skal hjelpe deg hvis du vil klage.",
            "Du har rett til å klage på dette vedtaket til {0}. Personalet skal hjelpe deg om du vil klage."],
        ["p.autonomy.complaint"] = ["Your right to complain", "Din rett til å klage", "Retten din til å klage"],
        ["autonomy.complaint"] = ["Complaint body", "Klageinstans", "Klageinstans"],
        ["p.autonomy.informed"] = ["You were told about your right to complain", "Du fikk vite om retten til å klage", "Du fekk vite om retten til å klage"],
        ["autonomy.informed"] = ["Informed of the right to complain", "Informert om klageretten", "Informert om klageretten"],
        ["p.autonomy.followUp"] = ["A conversation about it afterwards", "En samtale om det etterpå", "Ein samtale om det etterpå"],
        ["autonomy.followUp"] = ["Follow-up conversation", "Ettersamtale", "Ettersamtale"],
        ["followUp.held"] = ["offered {0}, held {1}", "tilbudt {0}, holdt {1}", "tilbode {0}, halden {1}"],
        ["followUp.offered"] = ["offered {0}, not held yet", "tilbudt {0}, ikke holdt ennå", "tilbode {0}, ikkje halden enno"],
        ["followUp.none"] = ["not offered", "ikke tilbudt", "ikkje tilbode"],

        ["retained.period"] = ["Since", "Siden", "Sidan"],
        ["retained.description"] = ["What this means", "Hva det betyr", "Kva det tyder"],
        ["range"] = ["{0} – {1}", "{0} – {1}", "{0} – {1}"],

        ["p.alliance.explain"] = [
            "After sessions, you and your therapist each answered a few questions about how the work together went. The two lines are shown side by side and never averaged. A break in a line means no rating was given that time.",
            "Etter samtalene svarte du og behandleren din hver for dere på noen spørsmål om hvordan samarbeidet gikk. De to linjene vises side om side og slås aldri sammen. Et brudd i en linje betyr at det ikke ble gitt noen vurdering den gangen.",
            "Etter samtalane svarte du og behandlaren din kvar for dykk på nokre spørsmål om korleis samarbeidet gjekk. Dei to linjene blir viste side om side og aldri slått saman. Eit brot i ei linje tyder at det ikkje vart gitt noka vurdering den gongen."],
        ["alliance.explain"] = [
            "Patient and therapist totals (0–100) per session, as two separate series. A break in a line is a missing rating.",
            "Pasientens og behandlerens totalskår (0–100) per samtale, som to separate serier. Et brudd i en linje er en manglende vurdering.",
            "Totalskåren til pasienten og behandlaren (0–100) per samtale, som to separate seriar. Eit brot i ei linje er ei manglande vurdering."],
        ["p.chart.title"] = [
            "How you rated our work together / how your therapist rated it",
            "Hvordan du vurderte samarbeidet vårt / hvordan behandleren din vurderte det",
            "Korleis du vurderte samarbeidet vårt / korleis behandlaren din vurderte det"],
        ["chart.title"] = ["Alliance by session: patient and therapist", "Allianse per samtale: pasient og behandler", "Allianse per samtale: pasient og behandlar"],
        ["chart.x"] = ["Session", "Samtale", "Samtale"],
        ["chart.y"] = ["Rating (0–100)", "Vurdering (0–100)", "Vurdering (0–100)"],
        ["p.chart.patient"] = ["You", "Du", "Du"],
        ["chart.patient"] = ["Patient", "Pasient", "Pasient"],
        ["p.chart.therapist"] = ["Your therapist", "Behandleren din", "Behandlaren din"],
        ["chart.therapist"] = ["Therapist", "Behandler", "Behandlar"],

        ["ownwords.heading"] = ["Session {0}", "Samtale {0}", "Samtale {0}"],
        ["ownwords.want"] = ["What I want", "Det jeg vil", "Det eg vil"],
        ["ownwords.agree"] = ["What we can agree on", "Det vi kan bli enige om", "Det vi kan bli einige om"],
        ["p.ownwords.sharedNow"] = ["You chose to share this first in this summary.", "Du valgte å dele dette først i denne oppsummeringen.", "Du valde å dele dette først i denne oppsummeringa."],
        ["ownwords.sharedNow"] = ["The patient chose to share this first in this summary.", "Pasienten valgte å dele dette først i denne oppsummeringen.", "Pasienten valde å dele dette først i denne oppsummeringa."],

        ["col.date"] = ["Date", "Dato", "Dato"],
        ["col.kind"] = ["Kind", "Type", "Type"],
        ["col.patient"] = ["Patient", "Pasient", "Pasient"],
        ["col.therapist"] = ["Therapist", "Behandler", "Behandlar"],
        ["col.gap"] = ["Gap (T − P)", "Avstand (B − P)", "Avstand (B − P)"],
        ["col.mainDecision"] = ["Patient on main decision", "Pasienten om hovedbeslutningen", "Pasienten om hovudavgjerda"],
        ["col.rater"] = ["Rater", "Vurdert av", "Vurdert av"],
        ["col.total"] = ["Total", "Total", "Total"],
        ["col.goal"] = ["Goal", "Mål", "Mål"],
        ["col.task"] = ["Task", "Oppgaver", "Oppgåver"],
        ["col.bond"] = ["Bond", "Relasjon", "Relasjon"],
        ["col.instrument"] = ["Instrument", "Instrument", "Instrument"],
        ["col.shared"] = ["Shared", "Delt", "Delt"],
        ["col.raised"] = ["Raised", "Reist", "Reist"],
        ["col.rule"] = ["Rule", "Regel", "Regel"],
        ["col.severity"] = ["Severity", "Alvorlighet", "Alvor"],
        ["col.status"] = ["Status", "Status", "Status"],
        ["col.explanation"] = ["Explanation", "Forklaring", "Forklaring"],
        ["col.opened"] = ["Opened", "Åpnet", "Opna"],
        ["col.closed"] = ["Closed", "Lukket", "Lukka"],
        ["col.code"] = ["Code", "Kode", "Kode"],
        ["col.name"] = ["Name", "Navn", "Namn"],
        ["col.version"] = ["Version", "Versjon", "Versjon"],
        ["col.licence"] = ["Licence", "Lisens", "Lisens"],
        ["shared.now"] = ["now", "straks", "straks"],
        ["shared.summary"] = ["in summary only", "kun i oppsummering", "berre i oppsummering"],

        ["gaps.explain"] = [
            "The therapist rated the alliance higher than the patient in {0} of {1} sessions both rated; the largest gap was {2} points.",
            "Behandleren vurderte alliansen høyere enn pasienten i {0} av {1} samtaler begge vurderte; den største avstanden var {2} poeng.",
            "Behandlaren vurderte alliansen høgare enn pasienten i {0} av {1} samtalar begge vurderte; den største avstanden var {2} poeng."],
        ["acquiescence.explain"] = [
            "The patient accepted without agreeing in {0} of {1} sessions with a main decision, in {2} of {3} treatment decisions and for {4} of {5} goals.",
            "Pasienten godtok uten å være enig i {0} av {1} samtaler med en hovedbeslutning, i {2} av {3} behandlingsbeslutninger og for {4} av {5} mål.",
            "Pasienten godtok utan å vere einig i {0} av {1} samtalar med ei hovudavgjerd, i {2} av {3} behandlingsavgjerder og for {4} av {5} mål."],

        ["DecisionTopic.Medication"] = ["Medication", "Medisiner", "Medisinar"],
        ["DecisionTopic.Leave"] = ["Leave", "Permisjon", "Permisjon"],
        ["DecisionTopic.Activities"] = ["Activities", "Aktiviteter", "Aktivitetar"],
        ["DecisionTopic.Contact"] = ["Contact", "Kontakt", "Kontakt"],
        ["DecisionTopic.Other"] = ["Other", "Annet", "Anna"],
        ["p.DecisionMaker.Jointly"] = ["You and your therapist, together", "Du og behandleren din, sammen", "Du og behandlaren din, saman"],
        ["DecisionMaker.Jointly"] = ["Jointly", "Felles", "Felles"],
        ["p.DecisionMaker.Patient"] = ["You", "Du", "Du"],
        ["DecisionMaker.Patient"] = ["Patient", "Pasienten", "Pasienten"],
        ["p.DecisionMaker.ClinicianWithPatientAgreement"] = ["Your therapist, with your agreement", "Behandleren din, med din tilslutning", "Behandlaren din, med di tilslutning"],
        ["DecisionMaker.ClinicianWithPatientAgreement"] = ["Clinician, with the patient's agreement", "Behandler, med pasientens tilslutning", "Behandlar, med tilslutninga til pasienten"],
        ["p.DecisionMaker.ClinicianOverPatientObjection"] = ["Your therapist, although you objected", "Behandleren din, selv om du var imot", "Behandlaren din, sjølv om du var imot"],
        ["DecisionMaker.ClinicianOverPatientObjection"] = ["Clinician, over the patient's objection", "Behandler, mot pasientens vilje", "Behandlar, mot viljen til pasienten"],
        ["p.AgreementPosition.Agrees"] = ["You agreed", "Du var enig", "Du var einig"],
        ["AgreementPosition.Agrees"] = ["Agrees", "Enig", "Einig"],
        ["p.AgreementPosition.AcceptsButDoesNotAgree"] = ["You accepted it but did not agree", "Du godtok det, men var ikke enig", "Du godtok det, men var ikkje einig"],
        ["AgreementPosition.AcceptsButDoesNotAgree"] = ["Accepts but does not agree", "Godtar, men er ikke enig", "Godtek, men er ikkje einig"],
        ["p.AgreementPosition.Disagrees"] = ["You did not agree", "Du var ikke enig", "Du var ikkje einig"],
        ["AgreementPosition.Disagrees"] = ["Disagrees", "Uenig", "Ueinig"],
        ["p.AgreementPosition.CouldNotTakePart"] = ["You could not take part", "Du kunne ikke være med", "Du kunne ikkje vere med"],
        ["AgreementPosition.CouldNotTakePart"] = ["Could not take part", "Kunne ikke delta", "Kunne ikkje delta"],
        ["p.AgreementPosition.NoDecisionToday"] = ["No decision that day", "Ingen beslutning den dagen", "Inga avgjerd den dagen"],
        ["AgreementPosition.NoDecisionToday"] = ["No decision today", "Ingen beslutning i dag", "Inga avgjerd i dag"],
        ["DecisionStage.CoercionAsPower"] = ["Framing coercion as power", "Tvang som makt", "Tvang som makt"],
        ["DecisionStage.AssessingLevelsOfAutonomy"] = ["Assessing levels of autonomy", "Vurdering av grader av autonomi", "Vurdering av grader av autonomi"],
        ["DecisionStage.CoercionAsCare"] = ["Framing coercion as care", "Tvang som omsorg", "Tvang som omsorg"],
        ["DecisionStage.NoAgreementReached"] = ["No agreement reached", "Ingen enighet oppnådd", "Inga semje oppnådd"],
        ["p.GoalAgreement.NotYetDiscussed"] = ["Not talked about yet", "Ikke snakket om ennå", "Ikkje snakka om enno"],
        ["GoalAgreement.NotYetDiscussed"] = ["Not yet discussed", "Ikke drøftet ennå", "Ikkje drøfta enno"],
        ["p.GoalAgreement.Agreed"] = ["We agree on this", "Vi er enige om dette", "Vi er einige om dette"],
        ["GoalAgreement.Agreed"] = ["Agreed", "Enige", "Einige"],
        ["p.GoalAgreement.AcceptsButDoesNotAgree"] = ["You accepted it but did not agree", "Du godtok det, men var ikke enig", "Du godtok det, men var ikkje einig"],
        ["GoalAgreement.AcceptsButDoesNotAgree"] = ["Accepts but does not agree", "Godtar, men er ikke enig", "Godtek, men er ikkje einig"],
        ["p.GoalAgreement.Disagreed"] = ["We did not agree", "Vi var ikke enige", "Vi var ikkje einige"],
        ["GoalAgreement.Disagreed"] = ["Disagreed", "Uenige", "Ueinige"],
        ["GoalStatus.Active"] = ["Active", "Aktivt", "Aktivt"],
        ["GoalStatus.Achieved"] = ["Achieved", "Nådd", "Nådd"],
        ["GoalStatus.Dropped"] = ["Dropped", "Lagt bort", "Lagt bort"],
        ["GoalProposer.Patient"] = ["Patient", "Pasient", "Pasient"],
        ["GoalProposer.Therapist"] = ["Therapist", "Behandler", "Behandlar"],
        ["GoalProposer.Jointly"] = ["Jointly", "Felles", "Felles"],
        ["GoalProposer.Relative"] = ["Relative", "Pårørende", "Pårørande"],
        ["AutonomyDomain.ChoiceBetweenMedications"] = ["Choice between medications", "Valg mellom medisiner", "Val mellom medisinar"],
        ["AutonomyDomain.DailyRhythm"] = ["Daily rhythm", "Døgnrytme", "Døgnrytme"],
        ["AutonomyDomain.Leisure"] = ["Leisure", "Fritid", "Fritid"],
        ["AutonomyDomain.Food"] = ["Food", "Mat", "Mat"],
        ["AutonomyDomain.Visitors"] = ["Visitors", "Besøk", "Besøk"],
        ["AutonomyDomain.Clothing"] = ["Clothing", "Klær", "Klede"],
        ["AutonomyDomain.Other"] = ["Other", "Annet", "Anna"],
        ["SessionKind.IndividualConversation"] = ["Individual conversation", "Individuell samtale", "Individuell samtale"],
        ["SessionKind.WardRound"] = ["Ward round", "Visitt", "Visitt"],
        ["SessionKind.Milieu"] = ["Milieu", "Miljø", "Miljø"],
        ["SessionKind.FollowUpAfterCoercion"] = ["Follow-up after coercion", "Ettersamtale etter tvang", "Ettersamtale etter tvang"],
        ["SessionKind.Other"] = ["Other", "Annet", "Anna"],
        ["NonResponseReason.Declined"] = ["declined", "takket nei", "takka nei"],
        ["NonResponseReason.TooUnwell"] = ["too unwell", "for dårlig", "for dårleg"],
        ["NonResponseReason.NotOffered"] = ["not offered", "ikke tilbudt", "ikkje tilbode"],
        ["NonResponseReason.Interrupted"] = ["interrupted", "avbrutt", "avbroten"],
        ["FlagSeverity.Low"] = ["Low", "Lav", "Låg"],
        ["FlagSeverity.Medium"] = ["Medium", "Middels", "Middels"],
        ["FlagSeverity.High"] = ["High", "Høy", "Høg"],
        ["FlagStatus.Open"] = ["Open", "Åpent", "Ope"],
        ["FlagStatus.Acknowledged"] = ["Acknowledged", "Kvittert", "Kvittert"],
        ["FlagStatus.Resolved"] = ["Resolved", "Løst", "Løyst"],
        ["RuptureStatus.Open"] = ["Open", "Åpent", "Ope"],
        ["RuptureStatus.Repaired"] = ["Repaired", "Reparert", "Reparert"],
        ["RuptureStatus.Unrepaired"] = ["Unrepaired", "Ikke reparert", "Ikkje reparert"],
        ["Rater.Patient"] = ["Patient", "Pasient", "Pasient"],
        ["Rater.Therapist"] = ["Therapist", "Behandler", "Behandlar"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly int _column;
    private readonly bool _patientVoice;

    private SummaryTexts(string language, SummaryAudience audience)
    {
        _column = Languages.ToList().IndexOf(language);
        if (_column < 0)
        {
            throw new ArgumentException($"The summary is written in en, nb or nn, not '{language}'.", nameof(language));
        }

        Language = language;
        _patientVoice = audience == SummaryAudience.Patient;
        Culture = CultureInfo.GetCultureInfo(language switch
        {
            "nb" => "nb-NO",
            "nn" => "nn-NO",
            _ => "en-GB",
        });
    }

    public string Language { get; }

    /// <summary>For dates and numbers in this language.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Whether the reader is Norwegian, for texts such as flag explanations that exist only in Bokmål and English.</summary>
    public bool IsNorwegian => Language != "en";

    public string this[string key] =>
        (_patientVoice && Table.TryGetValue("p." + key, out var patient) ? patient : Table.GetValueOrDefault(key))?[_column]
        ?? throw new KeyNotFoundException($"No summary text '{key}'.");

    public static SummaryTexts For(string language, SummaryAudience audience) => new(language, audience);

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    public string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum => this[$"{typeof(TEnum).Name}.{value}"];
}
