using AllianceTracker.Core.Flags.Engine;

namespace AllianceTracker.Core.Tests.Flags;

public class RuleParametersTests
{
    [Test]
    public void Defaults_are_those_of_the_clinical_design()
    {
        var defaults = RuleParameters.Default;

        Assert.Multiple(() =>
        {
            Assert.That(defaults.PossibleDropSd, Is.EqualTo(1.0));
            Assert.That(defaults.ProbableDropSd, Is.EqualTo(2.0));
            Assert.That(defaults.MinPriorRatings, Is.EqualTo(3));
            Assert.That(defaults.ReliableChangeThreshold, Is.EqualTo(1.96));
            Assert.That(defaults.RaterGapShare, Is.EqualTo(0.25));
            Assert.That(defaults.AcquiescencePatternCount, Is.EqualTo(2));
            Assert.That(defaults.AcquiescencePatternWindow, Is.EqualTo(3));
            Assert.That(defaults.RepairWindowSessions, Is.EqualTo(3));
            Assert.That(defaults.RepairWithinSd, Is.EqualTo(1.0));
            Assert.That(defaults.MissingVoiceConsecutiveSessions, Is.EqualTo(2));
            Assert.That(defaults.FollowUpWithinHours, Is.EqualTo(48));
            Assert.That(defaults.FollowUpRuleCodes, Is.EqualTo(new[] { "NO-4-8", "NO-4-3" }));
            Assert.That(defaults.PatientRatingAfterCoercionWithinHours, Is.EqualTo(72));
            Assert.That(defaults.CapacityAssessmentMaxAgeDays, Is.EqualTo(14));
            Assert.That(defaults.CapacityAssessmentRuleCodes, Is.EqualTo(new[] { "NO-3-3", "NO-4-4" }));
            Assert.That(defaults.LowSeverityDailyBudget, Is.EqualTo(1));
            Assert.That(defaults.Validate(), Is.Empty);
        });
    }

    [Test]
    public void Json_round_trip_keeps_every_value()
    {
        var parameters = RuleParameters.Default with { ProbableDropSd = 2.5, FollowUpRuleCodes = ["NO-4-8"], CapacityAssessmentMaxAgeDays = 7 };

        var copy = RuleParameters.FromJson(parameters.ToJson());

        Assert.That(copy, Is.EqualTo(parameters).UsingPropertiesComparer());
    }

    [Test]
    public void Missing_json_properties_take_the_defaults()
    {
        var parameters = RuleParameters.FromJson("""{ "raterGapShare": 0.3 }""");

        Assert.That(parameters.RaterGapShare, Is.EqualTo(0.3));
        Assert.That(parameters.ProbableDropSd, Is.EqualTo(2.0));
        Assert.That(parameters.FollowUpRuleCodes, Is.EqualTo(new[] { "NO-4-8", "NO-4-3" }));
    }

    [Test]
    public void A_negative_low_severity_budget_is_refused()
    {
        var errors = (RuleParameters.Default with { LowSeverityDailyBudget = -1 }).Validate();

        Assert.That(errors, Is.EqualTo(new[] { new ParameterError(nameof(RuleParameters.LowSeverityDailyBudget), "must be at least 0") }));
    }

    [Test]
    public void Probable_must_not_be_below_possible()
    {
        var errors = (RuleParameters.Default with { PossibleDropSd = 2, ProbableDropSd = 1.5 }).Validate();

        Assert.That(errors, Is.EqualTo(new[] { new ParameterError(nameof(RuleParameters.ProbableDropSd), "must be at least PossibleDropSd") }));
    }

    [Test]
    public void Equal_possible_and_probable_are_allowed()
    {
        Assert.That((RuleParameters.Default with { PossibleDropSd = 1.5, ProbableDropSd = 1.5 }).Validate(), Is.Empty);
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    public void Gap_share_must_be_inside_zero_to_one(double share)
    {
        var errors = (RuleParameters.Default with { RaterGapShare = share }).Validate();

        Assert.That(errors.Select(error => error.Field), Is.EqualTo(new[] { nameof(RuleParameters.RaterGapShare) }));
    }

    [Test]
    public void Windows_and_counts_must_be_positive()
    {
        var parameters = RuleParameters.Default with
        {
            RepairWindowSessions = 0,
            MissingVoiceConsecutiveSessions = 0,
            FollowUpWithinHours = 0,
            PatientRatingAfterCoercionWithinHours = -1,
            CapacityAssessmentMaxAgeDays = 0,
            MinPriorRatings = 1,
            ReliableChangeThreshold = double.PositiveInfinity,
        };

        Assert.That(parameters.Validate().Select(error => error.Field), Is.EquivalentTo(new[]
        {
            nameof(RuleParameters.RepairWindowSessions),
            nameof(RuleParameters.MissingVoiceConsecutiveSessions),
            nameof(RuleParameters.FollowUpWithinHours),
            nameof(RuleParameters.PatientRatingAfterCoercionWithinHours),
            nameof(RuleParameters.CapacityAssessmentMaxAgeDays),
            nameof(RuleParameters.MinPriorRatings),
            nameof(RuleParameters.ReliableChangeThreshold),
        }));
    }

    [Test]
    public void The_pattern_count_cannot_exceed_its_window()
    {
        var errors = (RuleParameters.Default with { AcquiescencePatternCount = 4 }).Validate();

        Assert.That(errors.Select(error => error.Field), Is.EqualTo(new[] { nameof(RuleParameters.AcquiescencePatternCount) }));
    }

    [Test]
    public void Rule_code_lists_must_not_hold_blanks()
    {
        var errors = (RuleParameters.Default with { CapacityAssessmentRuleCodes = ["NO-3-3", " "] }).Validate();

        Assert.That(errors.Select(error => error.Field), Is.EqualTo(new[] { nameof(RuleParameters.CapacityAssessmentRuleCodes) }));
    }

    [Test]
    public void The_engine_refuses_invalid_parameters()
    {
        var invalid = RuleParameters.Default with { RaterGapShare = 2 };

        Assert.That(
            () => FlagEngine.Evaluate(Build.History(), invalid, Build.Later),
            Throws.ArgumentException.With.Message.Contains("RaterGapShare must be between 0 and 1"));
    }
}
