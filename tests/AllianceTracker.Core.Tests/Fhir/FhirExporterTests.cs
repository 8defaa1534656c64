using AllianceTracker.Core.Summaries;
using AllianceTracker.Core.Tests.Summaries;
using AllianceTracker.Reports.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;

namespace AllianceTracker.Core.Tests.Fhir;

public class FhirExporterTests
{
    private static readonly DateTimeOffset ExportedAt = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

    private static Bundle RoundTrip()
    {
        var json = new FhirJsonSerializer().SerializeToString(FhirExporter.Export(SummaryFixtures.Sample(SummaryAudience.Clinical), ExportedAt));
        return FhirJsonDeserializer.STRICT.Deserialize<Bundle>(json);
    }

    [Test]
    public void The_bundle_parses_back_and_holds_each_resource_it_should()
    {
        var bundle = RoundTrip();
        var counts = bundle.Entry.GroupBy(e => e.Resource!.TypeName).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(bundle.Type, Is.EqualTo(Bundle.BundleType.Collection));
        Assert.That(counts, Is.EquivalentTo(new Dictionary<string, int>
        {
            ["Patient"] = 1,
            ["CodeSystem"] = 1,
            ["Questionnaire"] = 2,
            ["QuestionnaireResponse"] = 11,
            ["Observation"] = 11,
            ["Procedure"] = 1,
            ["Provenance"] = 1,
        }));
    }

    [Test]
    public void The_bundle_passes_the_sdks_validation_of_cardinality_and_types()
    {
        var bundle = RoundTrip();

        var errors = bundle.Validate(ModelInfo.ModelInspector, validateRecursively: true);

        Assert.That(errors.Select(e => e.Message), Is.Empty);
    }

    [Test]
    public void Score_observations_carry_goal_task_and_bond_as_components_and_name_the_rater()
    {
        var observations = RoundTrip().Entry.Select(e => e.Resource).OfType<Observation>().ToList();

        Assert.That(observations.Select(o => o.Component.Select(c => c.Code.Coding.Single().Code)), Has.All.EqualTo(new[] { "goal", "task", "bond" }));
        Assert.That(observations.SelectMany(o => o.Component).Select(c => c.Code.Coding.Single().System), Has.All.EqualTo(AllianceCodes.System));
        Assert.That(observations.Count(o => o.Method!.Coding.Single().Code == "rater-patient"), Is.EqualTo(5));
        Assert.That(observations.Count(o => o.Method!.Coding.Single().Code == "rater-therapist"), Is.EqualTo(6));
        var first = observations.First(o => o.Method!.Coding.Single().Code == "rater-patient");
        Assert.That(((Quantity)first.Value!).Value, Is.EqualTo(40m));
        Assert.That(((Quantity)first.Component[0].Value!).Value, Is.EqualTo(35m));
        Assert.That(first.DerivedFrom.Single().Reference, Does.StartWith("urn:uuid:"));
    }

    [Test]
    public void A_coercive_measure_is_a_procedure_with_its_legal_basis_and_the_patients_view()
    {
        var procedure = RoundTrip().Entry.Select(e => e.Resource).OfType<Procedure>().Single();

        Assert.That(procedure.ReasonCode.Single().Coding.Single().System, Is.EqualTo(AllianceCodes.LegalBasisSystem));
        Assert.That(procedure.ReasonCode.Single().Coding.Single().Code, Is.EqualTo("NO-4-8"));
        Assert.That(procedure.ReasonCode.Single().Text, Is.EqualTo("Psykisk helsevernloven §4-8"));
        Assert.That(procedure.Code!.Coding.Single().Code, Is.EqualTo("measure-coercive-means"));
        Assert.That(procedure.Status, Is.EqualTo(EventStatus.Completed));
        Assert.That(procedure.GetStringExtension(AllianceCodes.ExtensionBase + "patient-view"), Is.EqualTo(SummaryFixtures.ViewWords));
        Assert.That(procedure.GetStringExtension(AllianceCodes.ExtensionBase + "complaint-body"), Is.EqualTo("the Control Commission"));
    }

    [Test]
    public void Responses_point_at_the_questionnaire_version_and_keep_the_patients_words()
    {
        var resources = RoundTrip().Entry.Select(e => e.Resource).ToList();
        var questionnaire = resources.OfType<Questionnaire>().First(q => q.Url!.EndsWith("-patient", StringComparison.Ordinal));
        var response = resources.OfType<QuestionnaireResponse>().First();

        Assert.That(response.Questionnaire, Is.EqualTo($"{questionnaire.Url}|1.0"));
        Assert.That(questionnaire.Item.Select(i => i.LinkId), Is.EqualTo(new[] { "goal1", "task1", "bond1", "wants" }));
        Assert.That(response.Item.Single(i => i.LinkId == "wants").Answer.Single().Value, Is.TypeOf<FhirString>().With.Property("Value").EqualTo(SummaryFixtures.WantWords));
    }

    [Test]
    public void Provenance_targets_every_other_resource()
    {
        var bundle = RoundTrip();
        var provenance = bundle.Entry.Select(e => e.Resource).OfType<Provenance>().Single();

        Assert.That(provenance.Target.Select(t => t.Reference), Is.EquivalentTo(bundle.Entry.Where(e => e.Resource is not Provenance).Select(e => e.FullUrl)));
        Assert.That(provenance.Recorded, Is.EqualTo(ExportedAt));
    }

    [Test]
    public void Exporting_the_same_data_twice_gives_the_same_bundle()
    {
        var serializer = new FhirJsonSerializer();
        var first = serializer.SerializeToString(FhirExporter.Export(SummaryFixtures.Sample(SummaryAudience.Clinical), ExportedAt));

        var second = serializer.SerializeToString(FhirExporter.Export(SummaryFixtures.Sample(SummaryAudience.Clinical), ExportedAt));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_rating_on_an_instrument_the_data_does_not_list_is_refused()
    {
        var data = SummaryFixtures.Sample(SummaryAudience.Clinical) with { Instruments = [] };

        Assert.That(() => FhirExporter.Export(data, ExportedAt), Throws.ArgumentException);
    }

    [Test]
    public void Every_code_of_ours_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "fhir.md"));

        Assert.That(docs, Does.Contain(AllianceCodes.System).And.Contain(AllianceCodes.LegalBasisSystem));
        foreach (var (code, _, _) in AllianceCodes.Concepts)
        {
            Assert.That(docs, Does.Contain($"`{code}`"), code);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AllianceTracker.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("No AllianceTracker.sln above the test directory.");
    }
}
