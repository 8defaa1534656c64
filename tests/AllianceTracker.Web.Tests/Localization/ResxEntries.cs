using System.Xml.Linq;

namespace AllianceTracker.Web.Tests.Localization;

/// <summary>The entries of a .resx file, by key.</summary>
public static class ResxEntries
{
    public static Dictionary<string, string> Read(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")?.Value ?? string.Empty);
}
