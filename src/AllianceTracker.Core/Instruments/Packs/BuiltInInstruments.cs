namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>The instrument packs shipped inside this assembly.</summary>
public static class BuiltInInstruments
{
    public const string BordinAllianceCheckCode = "bordin-alliance-check";

    private const string ResourcePrefix = "AllianceTracker.Instruments.";

    private static readonly Lazy<BuiltInPack> Bordin = new(() => Read(BordinAllianceCheckCode + ".json"));

    /// <summary>"Bordin alliance check", our own default instrument: patient and therapist forms in nb, nn and en.</summary>
    public static BuiltInPack BordinAllianceCheck => Bordin.Value;

    public static IReadOnlyList<BuiltInPack> All => [BordinAllianceCheck];

    private static BuiltInPack Read(string fileName)
    {
        var resourceName = ResourcePrefix + fileName;
        using var stream = typeof(BuiltInInstruments).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The built-in instrument resource '{resourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return new BuiltInPack($"{fileName} (built in)", reader.ReadToEnd());
    }
}

/// <param name="SourceName">The name used in messages about the pack.</param>
/// <param name="Json">The pack exactly as shipped.</param>
public sealed record BuiltInPack(string SourceName, string Json)
{
    public InstrumentPack Load() => InstrumentPackLoader.Load(Json, SourceName);
}
