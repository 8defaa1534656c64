namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>A pack was refused. <see cref="Errors"/> holds every problem found, not only the first.</summary>
public sealed class InstrumentPackException : Exception
{
    public InstrumentPackException(string sourceName, IReadOnlyList<PackError> errors)
        : base(Describe(sourceName, errors))
    {
        SourceName = sourceName;
        Errors = errors;
    }

    public string SourceName { get; }
    public IReadOnlyList<PackError> Errors { get; }

    private static string Describe(string sourceName, IReadOnlyList<PackError> errors) =>
        $"The instrument pack '{sourceName}' has {errors.Count} error(s):"
        + string.Concat(errors.Select(error => Environment.NewLine + "  " + error));
}
