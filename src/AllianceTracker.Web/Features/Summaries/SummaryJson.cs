using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AllianceTracker.Reports.Summaries;

namespace AllianceTracker.Web.Features.Summaries;

/// <summary>
/// JSON of a <see cref="SummaryView"/>: the elements of a section are of several kinds, so each carries a "kind"
/// (paragraph, facts, table, chart) and all of its own properties.
/// </summary>
public static class SummaryJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DescribeElementKinds } },
    };

    private static void DescribeElementKinds(JsonTypeInfo info)
    {
        if (info.Type != typeof(SummaryElement))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "kind",
            DerivedTypes =
            {
                new JsonDerivedType(typeof(SummaryParagraph), "paragraph"),
                new JsonDerivedType(typeof(SummaryFacts), "facts"),
                new JsonDerivedType(typeof(SummaryTable), "table"),
                new JsonDerivedType(typeof(SummaryChart), "chart"),
            },
        };
    }
}
