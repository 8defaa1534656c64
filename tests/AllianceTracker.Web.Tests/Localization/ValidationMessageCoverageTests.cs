using System.Text.RegularExpressions;
using AllianceTracker.Web.Tests.Infrastructure;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>
/// Every validation message the validators and handlers write in English has its Bokmål text, with the same
/// placeholders, in ValidationMessages.nb.resx: an untranslated message fails here.
/// </summary>
public partial class ValidationMessageCoverageTests
{
    private static readonly string Web = RepositoryRoot.File("src", "AllianceTracker.Web");
    private static readonly string Resource = Path.Combine(Web, "Infrastructure", "Validation", "ValidationMessages.nb.resx");

    private static IEnumerable<string> Sources() =>
        Directory.EnumerateFiles(Web, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static HashSet<string> MessagesInSources() =>
        Sources().SelectMany(file => ValidationMessageSources.In(File.ReadAllText(file))).ToHashSet(StringComparer.Ordinal);

    [Test]
    public void The_validators_and_handlers_write_their_messages_where_the_check_finds_them()
    {
        Assert.That(MessagesInSources(), Has.Count.GreaterThanOrEqualTo(120));
    }

    [Test]
    public void Every_validation_message_has_a_Bokmal_translation_with_the_same_placeholders()
    {
        Assert.That(Untranslated(MessagesInSources(), ResxEntries.Read(Resource)), Is.Empty,
            "validation messages without a Bokmål text in Infrastructure/Validation/ValidationMessages.nb.resx");
    }

    [Test]
    public void Every_Bokmal_validation_message_is_one_a_validator_or_handler_writes()
    {
        Assert.That(ResxEntries.Read(Resource).Keys.Except(MessagesInSources()), Is.Empty, "translations no validator or handler writes");
    }

    [Test]
    public void No_validation_message_is_an_interpolated_string()
    {
        var interpolated = Sources().SelectMany(file => ValidationMessageSources.InterpolatedIn(File.ReadAllText(file))).ToList();

        Assert.That(interpolated, Is.Empty, "write the values as placeholders ({0} for RequestValidationException.For, {MaxLength} or a named one for validators)");
    }

    [Test]
    public void A_message_missing_from_the_translations_or_with_other_placeholders_is_found()
    {
        const string source = """
            private const string TooLong = "Too long.";
            RuleFor(r => r.Alias).NotEmpty().WithMessage("Give an alias.").MaximumLength(9).WithMessage(TooLong);
            RuleFor(r => r.Reason).MaximumLength(9).WithMessage("At most {MaxLength} characters.");
            throw request.Rater == Rater.Patient
                ? RequestValidationException.For("rater", "Has a patient rating.")
                : RequestValidationException.For("rater", "Has a therapist rating.");
            throw RequestValidationException.For(field,
                "{0} is wrong.", field);
            this.RequireAmendment("Say why.");
            RuleFor(r => r.At).NotInTheFuture(clock, "Not yet.").NotTooFarBack("Too early.");
            RuleFor(r => r.Note).MaximumLength(9).WithMessage($"At most {Max} characters.");
            """;
        var translations = new Dictionary<string, string>
        {
            ["Give an alias."] = "Oppgi et alias.",
            ["At most {MaxLength} characters."] = "Høyst {MaxLen} tegn.",
            ["Has a patient rating."] = "Har en vurdering fra pasienten.",
            ["{0} is wrong."] = "{0} er feil.",
            ["Say why."] = "Skriv hvorfor.",
            ["Not yet."] = "Ikke ennå.",
            ["Too early."] = "For tidlig.",
        };

        var found = ValidationMessageSources.In(source);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EquivalentTo(new[]
            {
                "Give an alias.", "At most {MaxLength} characters.", "Has a patient rating.", "Has a therapist rating.",
                "{0} is wrong.", "Say why.", "Not yet.", "Too early.", "Too long.",
            }));
            Assert.That(Untranslated(found, translations),
                Is.EquivalentTo(new[] { "Too long.", "Has a therapist rating.", "At most {MaxLength} characters. (placeholders {MaxLen})" }));
            Assert.That(ValidationMessageSources.InterpolatedIn(source), Is.EqualTo(new[] { "At most {Max} characters." }));
        });
    }

    private static List<string> Untranslated(IEnumerable<string> messages, IReadOnlyDictionary<string, string> translations) =>
        messages.Distinct().Select(message => translations.TryGetValue(message, out var text) && !string.IsNullOrWhiteSpace(text)
                ? Placeholders(text).SequenceEqual(Placeholders(message)) ? null : $"{message} (placeholders {string.Join(" ", Placeholders(text))})"
                : message)
            .OfType<string>()
            .ToList();

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
