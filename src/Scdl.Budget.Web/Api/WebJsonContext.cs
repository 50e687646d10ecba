using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scdl.Budget.Web.Api;

/// <summary>The JSON of the web application's own answers (the explanations of codes); reports are written by the library.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(FindingExplanation))]
[JsonSerializable(typeof(FindingExplanation[]))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
