using System.Text.Json;
using Json.Schema;

namespace Scdl.Budget.Web.Tests.Support;

/// <summary>Checks JSON against docs/report.schema.json, the one documented shape of the reports.</summary>
internal static class ReportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(TestFiles.PathOf("report.schema.json"))));

    public static void ShouldMatch(JsonElement json)
    {
        var result = Schema.Value.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .Take(10);
        result.IsValid.ShouldBeTrue(string.Join("\n", errors));
    }
}
