using System.Text.Json.Nodes;
using AllianceTracker.Core.Instruments;
using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Core.Tests.Instruments;

public class PackImportPlannerTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static Instrument Stored(JsonObject pack, bool locked)
    {
        var instrument = InstrumentPackMapper.ToInstrument(TestPacks.Load(pack), ImportedAt);
        instrument.Versions.ForEach(version => version.IsLocked = locked);
        return instrument;
    }

    [Test]
    public void A_new_instrument_is_inserted()
    {
        var plan = PackImportPlanner.Plan(TestPacks.Load(TestPacks.Minimal()), existing: null);

        Assert.That(plan.Outcome, Is.EqualTo(PackImportOutcome.Insert));
        Assert.That(plan.IsRefused, Is.False);
        Assert.That(plan.ExistingVersions, Is.Empty);
    }

    [Test]
    public void A_new_version_of_a_stored_instrument_is_inserted()
    {
        var stored = Stored(TestPacks.Minimal(), locked: true);
        var next = TestPacks.Minimal();
        next["version"] = "1.1";
        next.Item("goal1")["texts"]!["en"]!["question"] = "Reworded?";

        var plan = PackImportPlanner.Plan(TestPacks.Load(next), stored);

        Assert.That(plan.Outcome, Is.EqualTo(PackImportOutcome.Insert));
    }

    [Test]
    public void The_same_content_formatted_differently_is_already_present()
    {
        var stored = Stored(TestPacks.Minimal(), locked: true);
        var reformatted = TestPacks.Minimal();
        reformatted["reliability"] = JsonValue.Create(0.80m);
        var json = reformatted.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var plan = PackImportPlanner.Plan(InstrumentPackLoader.Load(json, "reformatted.json"), stored);

        Assert.That(plan.Outcome, Is.EqualTo(PackImportOutcome.AlreadyPresent));
        Assert.That(plan.Differences, Is.Empty);
        Assert.DoesNotThrow(plan.ThrowIfRefused);
    }

    [Test]
    public void Changed_content_replaces_a_version_no_rating_has_used()
    {
        var stored = Stored(TestPacks.Minimal(), locked: false);
        var changed = TestPacks.Minimal();
        changed["normativeSd"] = 3.0;

        var plan = PackImportPlanner.Plan(TestPacks.Load(changed), stored);

        Assert.That(plan.Outcome, Is.EqualTo(PackImportOutcome.ReplaceUnlocked));
        Assert.That(plan.ExistingVersions, Is.EqualTo(stored.Versions));
        Assert.That(plan.Differences, Is.EqualTo(new[] { "normativeSd" }));
    }

    [Test]
    public void Changed_content_under_the_version_of_a_locked_version_is_refused()
    {
        var stored = Stored(TestPacks.Minimal(), locked: true);
        var changed = TestPacks.Minimal();
        changed.Item("goal1")["texts"]!["nb"]!["question"] = "Endret?";
        changed.Item("talkedThrough").Remove("showIf");

        var plan = PackImportPlanner.Plan(TestPacks.Load(changed), stored);

        Assert.That(plan.Outcome, Is.EqualTo(PackImportOutcome.ConflictsWithLockedVersion));
        Assert.That(plan.IsRefused, Is.True);
        Assert.That(plan.Differences, Is.EqualTo(new[] { "forms[patient].items[goal1]", "forms[patient].items[talkedThrough]" }));
        var exception = Assert.Throws<PackImportConflictException>(plan.ThrowIfRefused);
        Assert.That(exception.Code, Is.EqualTo("test-pack"));
        Assert.That(exception.Version, Is.EqualTo("1.0"));
        Assert.That(exception.Message, Does.Contain("'test-pack' version 1.0").And.Contain("patient form locked")
            .And.Contain("items[goal1]").And.Contain("new version"));
    }

    [Test]
    public void Adding_a_form_to_a_locked_version_is_refused()
    {
        var stored = Stored(TestPacks.Minimal(), locked: true);
        var extended = TestPacks.Minimal();
        var therapist = extended.PatientForm().DeepClone().AsObject();
        therapist["rater"] = "therapist";
        extended["forms"]!.AsArray().Add(therapist);

        var plan = PackImportPlanner.Plan(TestPacks.Load(extended), stored);

        Assert.That(plan.Outcome, Is.EqualTo(PackImportOutcome.ConflictsWithLockedVersion));
        Assert.That(plan.Differences, Is.EqualTo(new[] { "forms[therapist] (added)" }));
    }

    [Test]
    public void A_stored_instrument_with_another_code_is_a_caller_error()
    {
        var other = TestPacks.Minimal();
        other["code"] = "other";

        Assert.Throws<ArgumentException>(() => PackImportPlanner.Plan(TestPacks.Load(TestPacks.Minimal()), Stored(other, locked: false)));
    }
}
