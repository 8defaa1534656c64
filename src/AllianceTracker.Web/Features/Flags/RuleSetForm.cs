using System.Globalization;
using System.Text.Json.Nodes;
using AllianceTracker.Core.Flags.Engine;

namespace AllianceTracker.Web.Features.Flags;

/// <summary>Turns rule parameters into the rule-set page's text fields and back, through the parameters' own JSON.</summary>
public static class RuleSetForm
{
    public static Dictionary<string, string?> ToValues(RuleParameters parameters)
    {
        var json = JsonNode.Parse(parameters.ToJson())!.AsObject();
        return RuleSetField.All.ToDictionary(f => f.Name, f => json[f.Name] switch
        {
            JsonArray codes => string.Join(", ", codes.Select(c => c!.GetValue<string>())),
            { } value => value.ToJsonString(),
            null => null,
        });
    }

    /// <summary>The parameters the fields hold; a field that is not a number is returned as an error named like the API's.</summary>
    public static (RuleParameters? Parameters, Dictionary<string, string> Errors) FromValues(IReadOnlyDictionary<string, string?> values)
    {
        var json = new JsonObject();
        var errors = new Dictionary<string, string>();
        foreach (var field in RuleSetField.All)
        {
            var text = values.GetValueOrDefault(field.Name)?.Trim() ?? "";
            switch (field.Kind)
            {
                case RuleSetFieldKind.RuleCodes:
                    json[field.Name] = new JsonArray(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Select(code => (JsonNode)JsonValue.Create(code)).ToArray());
                    break;
                case RuleSetFieldKind.Integer when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole):
                    json[field.Name] = whole;
                    break;
                case RuleSetFieldKind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                                                  && double.IsFinite(number):
                    json[field.Name] = number;
                    break;
                default:
                    errors[RuleSetChangeValidator.FieldName(field.Parameter)] =
                        $"{field.Parameter} must be {(field.Kind == RuleSetFieldKind.Integer ? "a whole number" : "a number")}.";
                    break;
            }
        }

        return errors.Count > 0 ? (null, errors) : (RuleParameters.FromJson(json.ToJsonString()), errors);
    }
}
