namespace AllianceTracker.Core.Instruments.Packs;

/// <summary>The names subscales have in a pack, and the response type each subscale takes.</summary>
public static class PackSubscales
{
    private static readonly Dictionary<string, Subscale> ByName = new(StringComparer.Ordinal)
    {
        ["goal"] = Subscale.Goal,
        ["task"] = Subscale.Task,
        ["bond"] = Subscale.Bond,
        ["rupture"] = Subscale.Rupture,
        ["ruptureTalkedThrough"] = Subscale.RuptureTalkedThrough,
        ["agreement"] = Subscale.Agreement,
        ["freeText"] = Subscale.FreeText,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out Subscale subscale) => ByName.TryGetValue(name, out subscale);

    public static string NameOf(Subscale subscale) => ByName.First(pair => pair.Value == subscale).Key;

    /// <summary>Goal, task and bond: the scored subscales that make up the total.</summary>
    public static bool IsScored(Subscale subscale) =>
        subscale is Subscale.Goal or Subscale.Task or Subscale.Bond;

    public static ResponseType ResponseTypeOf(Subscale subscale) =>
        IsScored(subscale) ? ResponseType.Scale
        : subscale == Subscale.FreeText ? ResponseType.FreeText
        : ResponseType.Choice;
}

public enum ResponseType
{
    Scale,
    Choice,
    FreeText,
}
