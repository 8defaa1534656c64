using System.Text.Json.Nodes;

namespace AllianceTracker.Web.Tests.Reliability;

/// <summary>The built service's runtime settings, as a deployment starts it (decision 0007).</summary>
public class GarbageCollectorTests
{
    [Test]
    public void The_service_is_built_to_run_with_the_workstation_garbage_collector()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "AllianceTracker.Web.runtimeconfig.json")))!;

        Assert.That(settings["runtimeOptions"]?["configProperties"]?["System.GC.Server"]?.GetValue<bool>(), Is.False,
            "the server collector peaked about 110 MB higher under the rating load");
    }
}
