using System.Collections.Concurrent;
using System.Text.Json;

namespace Scdl.Budget.Schema;

/// <summary>
/// The description of scdl/budget, loaded from the Table Schema file of each version embedded in the assembly.
/// Reader, writer, validation and the documentation's column table all derive from it: nothing else lists the columns.
/// </summary>
internal sealed class ScdlSchema
{
    private static readonly ConcurrentDictionary<string, ScdlSchema> Cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScdlColumn> _byName;

    private ScdlSchema(SchemaVersion version, string title, IReadOnlyList<ScdlColumn> columns, IReadOnlyList<string> missingValues)
    {
        Version = version;
        Title = title;
        Columns = columns;
        MissingValues = missingValues;
        _byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        Binding = new BudgetLineBinding(this);
    }

    public SchemaVersion Version { get; }

    public string Title { get; }

    public IReadOnlyList<ScdlColumn> Columns { get; }

    public IReadOnlyList<string> MissingValues { get; }

    public BudgetLineBinding Binding { get; }

    public static ScdlSchema Latest => Get(SchemaVersion.Latest);

    public static ScdlSchema Get(SchemaVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Cache.GetOrAdd(version.Text, static (_, v) => Load(v), version);
    }

    public ScdlColumn? Find(string name) => _byName.GetValueOrDefault(name);

    public ScdlColumn this[string name] => _byName[name];

    private static ScdlSchema Load(SchemaVersion version)
    {
        var resource = $"Scdl.Budget.Schema.scdl-budget-{version.Text}.schema.json";
        using var stream = typeof(ScdlSchema).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema resource '{resource}' is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var siretColumns = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("custom_checks", out var checks))
        {
            foreach (var check in checks.EnumerateArray())
            {
                if (string.Equals(check.GetProperty("name").GetString(), "french-siret-value", StringComparison.Ordinal)
                    && check.TryGetProperty("params", out var parameters)
                    && parameters.TryGetProperty("column", out var column))
                {
                    siretColumns.Add(column.GetString()!);
                }
            }
        }

        var columns = new List<ScdlColumn>();
        foreach (var field in root.GetProperty("fields").EnumerateArray())
        {
            var name = field.GetProperty("name").GetString()!;
            var type = field.GetProperty("type").GetString() switch
            {
                "string" => ScdlFieldType.String,
                "year" => ScdlFieldType.Year,
                "number" => ScdlFieldType.Number,
                var other => throw new InvalidOperationException($"Unsupported Table Schema type '{other}' for {name}."),
            };
            var required = false;
            IReadOnlyList<string>? values = null;
            string? pattern = null;
            int? minLength = null, maxLength = null;
            if (field.TryGetProperty("constraints", out var constraints))
            {
                required = constraints.TryGetProperty("required", out var r) && r.GetBoolean();
                if (constraints.TryGetProperty("enum", out var e))
                {
                    values = [.. e.EnumerateArray().Select(v => v.GetString()!)];
                }

                pattern = constraints.TryGetProperty("pattern", out var p) ? p.GetString() : null;
                minLength = constraints.TryGetProperty("minLength", out var min) ? min.GetInt32() : null;
                maxLength = constraints.TryGetProperty("maxLength", out var max) ? max.GetInt32() : null;
            }

            columns.Add(new ScdlColumn(
                columns.Count,
                name,
                field.TryGetProperty("title", out var title) ? title.GetString() ?? name : name,
                type,
                required,
                values,
                pattern,
                minLength,
                maxLength,
                siretColumns.Contains(name)));
        }

        var missing = root.TryGetProperty("missingValues", out var mv)
            ? mv.EnumerateArray().Select(v => v.GetString()!).ToArray()
            : [string.Empty];
        return new ScdlSchema(version, root.GetProperty("title").GetString() ?? "budget", columns, missing);
    }
}
