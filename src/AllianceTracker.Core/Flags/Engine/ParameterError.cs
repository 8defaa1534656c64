namespace AllianceTracker.Core.Flags.Engine;

/// <summary>One problem with a rule parameter, named by its property.</summary>
public sealed record ParameterError(string Field, string Problem);
