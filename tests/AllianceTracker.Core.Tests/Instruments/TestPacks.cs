using System.Text.Json.Nodes;
using AllianceTracker.Core.Instruments.Packs;

namespace AllianceTracker.Core.Tests.Instruments;

/// <summary>A small valid pack in two languages that tests copy and break one thing at a time.</summary>
internal static class TestPacks
{
    public const string Source = "test-pack.json";

    public static JsonObject Minimal() => JsonNode.Parse("""
        {
          "formatVersion": 1,
          "code": "test-pack",
          "name": "Test pack",
          "version": "1.0",
          "licence": "For tests only.",
          "reliability": 0.8,
          "normativeSd": 2.5,
          "languages": ["nb", "en"],
          "subscales": ["goal", "rupture", "ruptureTalkedThrough", "freeText"],
          "forms": [
            {
              "rater": "patient",
              "texts": {
                "nb": { "title": "Tittel", "intro": "Innledning" },
                "en": { "title": "Title", "intro": "Intro" }
              },
              "items": [
                {
                  "key": "goal1", "order": 1, "subscale": "goal",
                  "response": { "type": "scale", "min": 1, "max": 3 },
                  "texts": {
                    "nb": { "question": "Mål?", "anchors": { "1": "Nei", "2": "Delvis", "3": "Ja" } },
                    "en": { "question": "Goal?", "anchors": { "1": "No", "2": "Partly", "3": "Yes" } }
                  }
                },
                {
                  "key": "rupture", "order": 2, "subscale": "rupture",
                  "response": { "type": "choice", "options": ["no", "aLittle", "aLot"] },
                  "texts": {
                    "nb": { "question": "Brudd?", "options": { "no": "Nei", "aLittle": "Litt", "aLot": "Mye" } },
                    "en": { "question": "Rupture?", "options": { "no": "No", "aLittle": "A little", "aLot": "A lot" } }
                  }
                },
                {
                  "key": "talkedThrough", "order": 3, "subscale": "ruptureTalkedThrough",
                  "showIf": { "item": "rupture", "anyOf": ["aLittle", "aLot"] },
                  "response": { "type": "choice", "options": ["yes", "no"] },
                  "texts": {
                    "nb": { "question": "Snakket?", "options": { "yes": "Ja", "no": "Nei" } },
                    "en": { "question": "Talked?", "options": { "yes": "Yes", "no": "No" } }
                  }
                },
                {
                  "key": "wants", "order": 4, "subscale": "freeText", "required": false,
                  "response": { "type": "freeText", "maxLength": 20 },
                  "texts": { "nb": { "question": "Hva vil du?" }, "en": { "question": "What do you want?" } }
                }
              ]
            }
          ]
        }
        """)!.AsObject();

    public static JsonObject PatientForm(this JsonObject pack) => pack["forms"]![0]!.AsObject();

    public static JsonObject Item(this JsonObject pack, string key) =>
        pack.PatientForm()["items"]!.AsArray().Select(item => item!.AsObject()).Single(item => (string?)item["key"] == key);

    public static IReadOnlyList<PackError> Errors(JsonObject pack) =>
        InstrumentPackLoader.TryLoad(pack.ToJsonString(), Source).Errors;

    public static InstrumentPack Load(JsonObject pack) => InstrumentPackLoader.Load(pack.ToJsonString(), Source);
}
