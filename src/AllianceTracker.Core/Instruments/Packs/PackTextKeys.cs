using System.Globalization;

namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>The keys under which a version's texts are stored as <see cref="InstrumentText"/> rows.</summary>
public static class PackTextKeys
{
    public const string Title = "title";
    public const string Intro = "intro";

    /// <summary>"item.goal1": the item's question.</summary>
    public static string Question(string itemKey) => $"item.{itemKey}";

    /// <summary>"item.goal1.anchor.3": the words for one value of a scale item.</summary>
    public static string Anchor(string itemKey, int value) =>
        string.Create(CultureInfo.InvariantCulture, $"item.{itemKey}.anchor.{value}");

    /// <summary>"item.rupture.option.aLittle": the label of one option of a choice item.</summary>
    public static string Option(string itemKey, string option) => $"item.{itemKey}.option.{option}";
}
