namespace AllianceTracker.Core.Flags.Engine.Rules;

/// <summary>One clinical rule: reads the ordered history and reports what it finds.</summary>
internal interface IFlagRule
{
    IEnumerable<Finding> Evaluate(EvaluationContext context);
}
