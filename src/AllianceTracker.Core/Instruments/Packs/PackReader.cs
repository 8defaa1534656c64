using System.Text.RegularExpressions;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>Validates a parsed pack document and builds the pack model from it.</summary>
internal sealed partial class PackReader(PackErrorSink errors)
{
    public const int SupportedFormatVersion = 1;

    private static readonly PackLocation Root = new(string.Empty);

    public InstrumentPack? Read(PackDocument document, string json)
    {
        errors.ReportUnknownProperties(document, Root);
        ReadFormatVersion(document.FormatVersion);

        var code = errors.Required(document.Code, Root.Then("code"), "code", PackLimits.Code);
        if (code is not null && !CodePattern().IsMatch(code))
        {
            errors.Add(PackErrorKind.InvalidValue, Root.Then("code"),
                $"code '{code}' must be lower-case letters and digits separated by single hyphens, e.g. 'bordin-alliance-check'.");
        }

        var name = errors.Required(document.Name, Root.Then("name"), "name", PackLimits.Name);
        var version = errors.Required(document.Version, Root.Then("version"), "version", PackLimits.Version);
        if (version is not null && !VersionPattern().IsMatch(version))
        {
            errors.Add(PackErrorKind.InvalidValue, Root.Then("version"),
                $"version '{version}' may hold only letters, digits, '.' and '-', e.g. '1.0'.");
        }

        var licence = errors.Required(document.Licence, Root.Then("licence"), "licence", PackLimits.Licence);

        var reliability = ReadReliability(document.Reliability, Root.Then("reliability"), required: true);
        var normativeSd = ReadNormativeSd(document.NormativeSd, Root.Then("normativeSd"), required: true);
        var languages = ReadLanguages(document.Languages);
        var subscales = ReadSubscales(document.Subscales);
        var forms = ReadForms(document.Forms, new PackDefaults(languages, subscales, reliability ?? 0, normativeSd ?? 0));

        if (errors.HasErrors)
        {
            return null;
        }

        return new InstrumentPack
        {
            SourceName = errors.SourceName,
            Json = json,
            Code = code!,
            Name = name!,
            Version = version!,
            Licence = licence!,
            PsychometricsNote = string.IsNullOrWhiteSpace(document.PsychometricsNote) ? null : document.PsychometricsNote.Trim(),
            Reliability = reliability!.Value,
            NormativeSd = normativeSd!.Value,
            Languages = languages,
            Subscales = subscales,
            Forms = forms,
        };
    }

    private void ReadFormatVersion(int? formatVersion)
    {
        if (formatVersion is null)
        {
            errors.Add(PackErrorKind.MissingField, Root.Then("formatVersion"), $"'formatVersion' is missing; this reader supports {SupportedFormatVersion}.");
        }
        else if (formatVersion != SupportedFormatVersion)
        {
            errors.Add(PackErrorKind.UnsupportedFormatVersion, Root.Then("formatVersion"),
                $"format version {formatVersion} is not supported; this reader supports {SupportedFormatVersion}.");
        }
    }

    private double? ReadReliability(double? value, PackLocation where, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(PackErrorKind.MissingField, where, "'reliability' is missing.");
            }

            return null;
        }

        if (value is > 0 and < 1)
        {
            return value;
        }

        errors.Add(PackErrorKind.ReliabilityOutOfRange, where, $"reliability {value} must lie strictly between 0 and 1.");
        return null;
    }

    private double? ReadNormativeSd(double? value, PackLocation where, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(PackErrorKind.MissingField, where, "'normativeSd' is missing.");
            }

            return null;
        }

        if (value > 0)
        {
            return value;
        }

        errors.Add(PackErrorKind.InvalidNormativeSd, where,
            $"normative SD {value} must be greater than 0 (it divides the reliable change index).");
        return null;
    }

    private List<string> ReadLanguages(List<string?>? declared)
    {
        var where = Root.Then("languages");
        var languages = new List<string>();
        if (declared is null || declared.Count == 0)
        {
            errors.Add(PackErrorKind.NoLanguages, where, "the pack declares no languages.");
            return languages;
        }

        foreach (var (language, index) in declared.Select((language, index) => (language, index)))
        {
            if (language is null || language.Length > PackLimits.Language || !LanguagePattern().IsMatch(language))
            {
                errors.Add(PackErrorKind.InvalidValue, where.At(index),
                    $"'{language}' is not a language tag such as 'nb', 'nn', 'en' or 'se'.");
            }
            else if (languages.Contains(language, StringComparer.Ordinal))
            {
                errors.Add(PackErrorKind.DuplicateLanguage, where.At(index), $"language '{language}' is declared twice.");
            }
            else
            {
                languages.Add(language);
            }
        }

        return languages;
    }

    private List<Subscale> ReadSubscales(List<string?>? declared)
    {
        var where = Root.Then("subscales");
        var subscales = new List<Subscale>();
        if (declared is null || declared.Count == 0)
        {
            errors.Add(PackErrorKind.MissingField, where, "'subscales' is missing or empty: say which subscales the pack measures.");
            return subscales;
        }

        foreach (var (name, index) in declared.Select((name, index) => (name, index)))
        {
            if (name is null || !PackSubscales.TryParse(name, out var subscale))
            {
                errors.Add(PackErrorKind.UnknownSubscale, where.At(index), UnknownSubscaleMessage(name));
            }
            else if (subscales.Contains(subscale))
            {
                errors.Add(PackErrorKind.DuplicateSubscale, where.At(index), $"subscale '{name}' is listed twice.");
            }
            else
            {
                subscales.Add(subscale);
            }
        }

        return subscales;
    }

    private List<PackForm> ReadForms(List<FormDocument?>? documents, PackDefaults defaults)
    {
        var forms = new List<PackForm>();
        if (documents is null || documents.Count == 0)
        {
            errors.Add(PackErrorKind.NoForms, Root.Then("forms"), "the pack has no forms; give one per rater ('patient', 'therapist').");
            return forms;
        }

        var raters = new HashSet<Rater>();
        foreach (var (document, index) in documents.Select((document, index) => (document, index)))
        {
            var where = Root.Then("forms").At(index);
            if (document is null)
            {
                errors.Add(PackErrorKind.MissingField, where, "the form is empty.");
                continue;
            }

            var rater = ReadRater(document.Rater, where.Then("rater"));
            if (rater is not null && !raters.Add(rater.Value))
            {
                errors.Add(PackErrorKind.DuplicateForm, where, $"there is more than one '{RaterName(rater.Value)}' form.");
                continue;
            }

            var formWhere = rater is null ? where : new PackLocation(Root.Then("forms").At(RaterName(rater.Value)).Path, rater);
            if (ReadForm(document, rater, formWhere, defaults) is { } form)
            {
                forms.Add(form);
            }
        }

        return forms;
    }

    private Rater? ReadRater(string? name, PackLocation where)
    {
        switch (name)
        {
            case "patient":
                return Rater.Patient;
            case "therapist":
                return Rater.Therapist;
            case null or "":
                errors.Add(PackErrorKind.MissingField, where, "'rater' is missing; use 'patient' or 'therapist'.");
                return null;
            default:
                errors.Add(PackErrorKind.UnknownRater, where, $"unknown rater '{name}'; use 'patient' or 'therapist'.");
                return null;
        }
    }

    private PackForm? ReadForm(FormDocument document, Rater? rater, PackLocation where, PackDefaults defaults)
    {
        errors.ReportUnknownProperties(document, where);
        var reliability = ReadReliability(document.Reliability, where.Then("reliability"), required: false);
        var normativeSd = ReadNormativeSd(document.NormativeSd, where.Then("normativeSd"), required: false);
        var texts = errors.Translations(document.Texts, defaults.Languages, where.Then("texts"), "the form",
            (language, text, textWhere) => ReadFormTexts(language, text, textWhere));
        var items = new PackItemReader(errors, defaults.Languages, defaults.Subscales).ReadItems(document.Items, where);

        if (rater is null)
        {
            return null;
        }

        return new PackForm
        {
            Rater = rater.Value,
            Reliability = reliability ?? defaults.Reliability,
            NormativeSd = normativeSd ?? defaults.NormativeSd,
            Texts = texts,
            Items = items,
        };
    }

    private FormTexts? ReadFormTexts(string language, FormTextsDocument document, PackLocation where)
    {
        errors.ReportUnknownProperties(document, where);
        var title = errors.Required(document.Title, where.Then("title"), "title", PackErrorKind.MissingTranslation);
        var intro = errors.Required(document.Intro, where.Then("intro"), "intro", PackErrorKind.MissingTranslation);
        return title is null || intro is null ? null : new FormTexts(title, intro);
    }

    internal static string RaterName(Rater rater) => rater == Rater.Patient ? "patient" : "therapist";

    internal static string UnknownSubscaleMessage(string? name) =>
        $"unknown subscale '{name}'; use one of {string.Join(", ", PackSubscales.Names.Select(known => $"'{known}'"))}.";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.-]*$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguagePattern();

    private sealed record PackDefaults(IReadOnlyList<string> Languages, IReadOnlyList<Subscale> Subscales, double Reliability, double NormativeSd);
}
