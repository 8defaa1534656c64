using System.Text;
using AllianceTracker.Web.Infrastructure.Validation;

namespace AllianceTracker.Web.Tests.Security;

public class JsonStringPathsTests
{
    [TestCase("""{"a":"ok","b":"x\u0000"}""", "b")]
    [TestCase("""{"a":[{"b":"ok"},{"b":"\u0007","c":{"d":["ok","\u0000"]}}],"e":"\u009F"}""", "a[1].b a[1].c.d[1] e")]
    [TestCase("""[1,{"x":"\u0000"}]""", "[1].x")]
    [TestCase("\"\\u0000\"", "body")]
    [TestCase("""{"notes":"line\r\nbreak\tand tab","n":0}""", "")]
    [TestCase("""{"a":"\u0000","b":""", "a")]
    [TestCase("""{"a\u0000":1}""", "")]
    public void Strings_with_control_characters_are_named_by_their_JSON_path(string json, string expected)
    {
        Assert.That(string.Join(" ", JsonStringPaths.WithControlCharacters(Encoding.UTF8.GetBytes(json))), Is.EqualTo(expected));
    }
}
