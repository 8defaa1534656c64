namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>
/// Turns a validated pack into entities: one <see cref="InstrumentVersion"/> per rater form, each
/// keeping the whole pack verbatim in <see cref="InstrumentVersion.PackJson"/>. Behaviour the
/// entities have no column for (show-if conditions, option lists, free-text length) is read back
/// from that JSON with <see cref="InstrumentVersionForms.ReadForm"/>.
/// </summary>
public static class InstrumentPackMapper
{
    public static Instrument ToInstrument(InstrumentPack pack, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var instrument = new Instrument { Code = pack.Code, Name = pack.Name };
        instrument.Versions.AddRange(pack.Forms.Select(form => ToVersion(pack, form.Rater, instrument.Id, importedAt)));
        return instrument;
    }

    public static InstrumentVersion ToVersion(InstrumentPack pack, Rater rater, Guid instrumentId, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var form = pack.FormFor(rater)
            ?? throw new ArgumentException($"The pack '{pack.Code}' {pack.Version} has no {rater} form.", nameof(rater));

        var version = new InstrumentVersion
        {
            InstrumentId = instrumentId,
            Version = pack.Version,
            Rater = rater,
            LicenceNote = pack.Licence,
            Reliability = form.Reliability,
            NormativeSd = form.NormativeSd,
            PackJson = pack.Json,
            ImportedAt = importedAt,
            IsLocked = false,
        };
        version.Items.AddRange(form.Items.Select(item => ToItem(item, version.Id)));
        version.Texts.AddRange(TextsOf(form).Select(text => new InstrumentText
        {
            InstrumentVersionId = version.Id,
            Language = text.Language,
            Key = text.Key,
            Text = text.Text,
        }));
        return version;
    }

    /// <summary>Every text of a form as (language, key, text), in item order.</summary>
    public static IEnumerable<(string Language, string Key, string Text)> TextsOf(PackForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var (language, texts) in form.Texts)
        {
            yield return (language, PackTextKeys.Title, texts.Title);
            yield return (language, PackTextKeys.Intro, texts.Intro);
        }

        foreach (var item in form.Items)
        {
            foreach (var (language, texts) in item.Texts)
            {
                yield return (language, PackTextKeys.Question(item.Key), texts.Question);
                foreach (var (value, anchor) in texts.Anchors.OrderBy(anchor => anchor.Key))
                {
                    yield return (language, PackTextKeys.Anchor(item.Key, value), anchor);
                }

                foreach (var option in (item.Response as ChoiceResponse)?.Options ?? [])
                {
                    yield return (language, PackTextKeys.Option(item.Key, option), texts.Options[option]);
                }
            }
        }
    }

    private static InstrumentItem ToItem(PackItem item, Guid versionId)
    {
        var (min, max) = RangeOf(item);
        return new InstrumentItem
        {
            InstrumentVersionId = versionId,
            Key = item.Key,
            Order = item.Order,
            Subscale = item.Subscale,
            ScaleMin = min,
            ScaleMax = max,
            IsRequired = item.Required,
        };
    }

    /// <summary>Scale items: the scale. Choice items: the lowest and highest answer code offered. Free text: 0–0.</summary>
    private static (int Min, int Max) RangeOf(PackItem item) => item.Response switch
    {
        ScaleResponse scale => (scale.Min, scale.Max),
        ChoiceResponse choice => (
            choice.Options.Min(option => ChoiceOptions.CodesFor(item.Subscale)[option]),
            choice.Options.Max(option => ChoiceOptions.CodesFor(item.Subscale)[option])),
        _ => (0, 0),
    };
}
