using System.Text;
using System.Text.Json;

namespace AllianceTracker.Web.Infrastructure.Validation;

/// <summary>
/// Where in a JSON text the strings holding a control character are, named as System.Text.Json names a field in its
/// errors (<c>goals[0].text</c>, without the leading <c>$.</c>), or <c>body</c> for a body that is one string.
/// Text that is not valid JSON ends the search quietly: reading it is the endpoint's binding, which reports it.
/// </summary>
public static class JsonStringPaths
{
    private record struct Level(bool IsArray, int Index = -1, string? Property = null);

    public static IReadOnlyList<string> WithControlCharacters(ReadOnlySpan<byte> json)
    {
        var found = new List<string>();
        var levels = new List<Level>();
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        levels[^1] = levels[^1] with { Property = reader.GetString() };
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextElement(levels);
                        levels.Add(new Level(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        levels.RemoveAt(levels.Count - 1);
                        break;
                    default:
                        NextElement(levels);
                        if (reader.TokenType == JsonTokenType.String && ControlCharacters.AreIn(reader.GetString()))
                        {
                            found.Add(PathOf(levels));
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // malformed JSON or invalid UTF-8
        }

        return found;
    }

    private static void NextElement(List<Level> levels)
    {
        if (levels.Count > 0 && levels[^1].IsArray)
        {
            levels[^1] = levels[^1] with { Index = levels[^1].Index + 1 };
        }
    }

    private static string PathOf(List<Level> levels)
    {
        var path = new StringBuilder();
        foreach (var level in levels)
        {
            if (level.IsArray)
            {
                path.Append('[').Append(level.Index).Append(']');
            }
            else
            {
                path.Append('.').Append(level.Property);
            }
        }

        return path.Length == 0 ? "body" : path.ToString().TrimStart('.');
    }
}
