using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Reports.Summaries;
using Hl7.Fhir.Model;

namespace AllianceTracker.Reports.Fhir;

/// <summary>
/// Exports a summary's data as a FHIR R4 collection Bundle: the patient (pseudonymous), our CodeSystem, a
/// Questionnaire per instrument version, a QuestionnaireResponse and a score Observation per rating, a Procedure per
/// autonomy-limiting decision, and one Provenance over all of them. Entries are linked by urn:uuid full URLs that
/// are derived from the records' ids, so exporting the same data twice gives the same Bundle.
/// </summary>
public static class FhirExporter
{
    private const string ObservationCategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";
    private const string DataAbsentReasonSystem = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    private const string ParticipantTypeSystem = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    private const string MinValueExtension = "http://hl7.org/fhir/StructureDefinition/minValue";
    private const string MaxValueExtension = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private const string PatientIdSystem = "https://alliancetracker.example/fhir/sid/patient";
    private const string PatientAliasSystem = "https://alliancetracker.example/fhir/sid/patient-alias";

    public static Bundle Export(SummaryData data, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        var resources = new List<Resource>();
        var patient = Add(resources, PatientResource(data), "patient", data.PatientId);
        Add(resources, AllianceCodes.ToCodeSystem(), "codesystem", AllianceCodes.System);

        var questionnaires = data.Instruments.ToDictionary(
            i => (i.Code, i.Version, i.Rater),
            i => (Instrument: i, Canonical: $"{QuestionnaireUrl(i)}|{i.Version}"));
        foreach (var instrument in data.Instruments)
        {
            Add(resources, QuestionnaireFor(instrument), "questionnaire", $"{QuestionnaireUrl(instrument)}|{instrument.Version}");
        }

        foreach (var session in data.Sessions)
        {
            foreach (var (rater, rating) in new[] { (Rater.Patient, session.Patient), (Rater.Therapist, session.Therapist) })
            {
                if (rating is null)
                {
                    continue;
                }

                if (!questionnaires.TryGetValue((rating.InstrumentCode, rating.InstrumentVersion, rater), out var questionnaire))
                {
                    throw new ArgumentException(
                        $"Rating {rating.Id} uses {rating.InstrumentCode} {rating.InstrumentVersion} ({rater}), which is not among the instruments.", nameof(data));
                }

                var response = Add(resources, Response(rating, session, questionnaire.Canonical, patient), "response", rating.Id);
                Add(resources, Score(rating, rater, session, patient, response), "observation", rating.Id);
            }
        }

        foreach (var decision in data.AutonomyDecisions)
        {
            Add(resources, ProcedureFor(decision, patient), "procedure", decision.Id);
        }

        var provenance = new Provenance
        {
            Target = [.. resources.Select(r => new ResourceReference(FullUrl(r)))],
            Recorded = exportedAt,
            Activity = AllianceCodes.Concept(AllianceCodes.SummaryExport),
            Agent =
            [
                new Provenance.AgentComponent
                {
                    Type = new CodeableConcept(ParticipantTypeSystem, "assembler", "Assembler"),
                    Who = new ResourceReference { Display = "AllianceTracker" },
                },
            ],
        };
        Add(resources, provenance, "provenance", data.PatientId + exportedAt.ToString("O", CultureInfo.InvariantCulture));

        return new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Timestamp = exportedAt,
            Entry = [.. resources.Select(r => new Bundle.EntryComponent { FullUrl = FullUrl(r), Resource = r })],
        };
    }

    private static ResourceReference Add<T>(List<Resource> resources, T resource, string kind, object key)
        where T : Resource
    {
        resource.Id = StableId(kind, key);
        resources.Add(resource);
        return new ResourceReference(FullUrl(resource));
    }

    private static string FullUrl(Resource resource) => $"urn:uuid:{resource.Id}";

    /// <summary>A UUID derived from the record's identity, so ids neither leak nor change between exports.</summary>
    private static string StableId(string kind, object key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{key}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    private static Patient PatientResource(SummaryData data) => new()
    {
        Identifier =
        [
            new Identifier(PatientIdSystem, data.PatientId.ToString()),
            new Identifier(PatientAliasSystem, data.PatientAlias),
        ],
    };

    private static string QuestionnaireUrl(SummaryInstrument instrument) =>
        $"{AllianceCodes.QuestionnaireBase}{instrument.Code}-{instrument.Rater.ToString().ToLowerInvariant()}";

    private static Questionnaire QuestionnaireFor(SummaryInstrument instrument) => new()
    {
        Url = QuestionnaireUrl(instrument),
        Version = instrument.Version,
        Name = ComputableName(instrument),
        Title = instrument.Name,
        Status = PublicationStatus.Active,
        SubjectType = [ResourceType.Patient],
        Copyright = instrument.LicenceNote,
        Item = [.. instrument.Items.Select(QuestionnaireItem)],
    };

    private static string ComputableName(SummaryInstrument instrument)
    {
        var words = $"{instrument.Code} {instrument.Rater}".Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var name = string.Concat(words);
        return char.IsAsciiLetter(name[0]) ? name : "Q" + name;
    }

    private static Questionnaire.ItemComponent QuestionnaireItem(SummaryInstrumentItem item)
    {
        var component = new Questionnaire.ItemComponent
        {
            LinkId = item.Key,
            Text = item.Text,
            Type = item.Subscale == Subscale.FreeText ? Questionnaire.QuestionnaireItemType.Text : Questionnaire.QuestionnaireItemType.Integer,
        };
        if (item.Subscale != Subscale.FreeText)
        {
            component.Extension.Add(new Extension(MinValueExtension, new Integer(item.ScaleMin)));
            component.Extension.Add(new Extension(MaxValueExtension, new Integer(item.ScaleMax)));
        }

        return component;
    }

    private static QuestionnaireResponse Response(SummaryRating rating, SummarySession session, string questionnaire, ResourceReference patient) => new()
    {
        Questionnaire = questionnaire,
        Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Subject = patient,
        Authored = Date(session.Date),
        Item = [.. rating.Answers.Where(a => a.Value is not null || a.Text is not null).Select(a => new QuestionnaireResponse.ItemComponent
        {
            LinkId = a.ItemKey,
            Answer = [new QuestionnaireResponse.AnswerComponent { Value = a.Value is { } v ? new Integer(v) : new FhirString(a.Text) }],
        })],
    };

    private static Observation Score(SummaryRating rating, Rater rater, SummarySession session, ResourceReference patient, ResourceReference response)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept(ObservationCategorySystem, "survey", "Survey")],
            Code = AllianceCodes.Concept(AllianceCodes.AllianceRating),
            Subject = patient,
            Effective = new FhirDateTime(Date(session.Date)),
            Method = AllianceCodes.Concept(AllianceCodes.RaterCode(rater)),
            DerivedFrom = [response],
            Component =
            [
                Component(AllianceCodes.Goal, rating.Goal),
                Component(AllianceCodes.Task, rating.Task),
                Component(AllianceCodes.Bond, rating.Bond),
            ],
        };
        if (rating.Total is { } total)
        {
            observation.Value = Quantity(total);
        }
        else
        {
            observation.DataAbsentReason = Unknown();
        }

        return observation;
    }

    private static Observation.ComponentComponent Component(string code, double? score) => score is { } value
        ? new() { Code = AllianceCodes.Concept(code), Value = Quantity(value) }
        : new() { Code = AllianceCodes.Concept(code), DataAbsentReason = Unknown() };

    private static Quantity Quantity(double score) => new()
    {
        Value = Math.Round((decimal)score, 2),
        Unit = "score",
        System = "http://unitsofmeasure.org",
        Code = "{score}",
    };

    private static CodeableConcept Unknown() => new(DataAbsentReasonSystem, "unknown", "Unknown");

    private static Procedure ProcedureFor(SummaryAutonomyDecision decision, ResourceReference patient)
    {
        var legalBasis = $"{decision.Act} {decision.Section}";
        var procedure = new Procedure
        {
            Status = decision.EndsAt is null ? EventStatus.InProgress : EventStatus.Completed,
            Code = new CodeableConcept(AllianceCodes.System, AllianceCodes.MeasureCode(decision.Category), null, MeasureText(decision)),
            Subject = patient,
            Performed = new Period(new FhirDateTime(decision.StartsAt), decision.EndsAt is { } end ? new FhirDateTime(end) : null),
            ReasonCode = [new CodeableConcept(AllianceCodes.LegalBasisSystem, decision.RuleCode, legalBasis, legalBasis)],
        };
        AddExtension(procedure, "complaint-body", new FhirString(decision.ComplaintBodyEn));
        AddExtension(procedure, "complaint-right-informed", new FhirBoolean(decision.PatientInformedOfComplaintRight));
        AddExtension(procedure, "patient-view", decision.PatientView is { } view ? new FhirString(view) : null);
        AddExtension(procedure, "patient-view-not-recorded-reason", decision.PatientViewNotRecordedReason is { } reason ? new FhirString(reason) : null);
        AddExtension(procedure, "follow-up-offered", decision.FollowUpOfferedAt is { } offered ? new FhirDateTime(offered) : null);
        AddExtension(procedure, "follow-up-held", decision.FollowUpHeldAt is { } held ? new FhirDateTime(held) : null);
        return procedure;
    }

    private static string MeasureText(SummaryAutonomyDecision decision) =>
        decision.MeansNameEn is not { } means ? decision.RuleNameEn
        : decision.MeansCode is { } code ? $"{decision.RuleNameEn}: ({code}) {means}"
        : $"{decision.RuleNameEn}: {means}";

    private static void AddExtension(DomainResource resource, string name, DataType? value)
    {
        if (value is not null)
        {
            resource.Extension.Add(new Extension(AllianceCodes.ExtensionBase + name, value));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
