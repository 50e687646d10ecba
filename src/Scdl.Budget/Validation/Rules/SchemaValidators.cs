using System.Collections.Concurrent;
using Scdl.Budget.Schema;

namespace Scdl.Budget.Validation.Rules;

/// <summary>The line schema validators, built once per schema version and column convention and shared: they are stateless.</summary>
internal static class SchemaValidators
{
    private static readonly ConcurrentDictionary<(string Version, ColumnConvention Convention), BudgetLineSchemaValidator> Cache = new();

    public static BudgetLineSchemaValidator Get(SchemaVersion version, ColumnConvention convention) =>
        Cache.GetOrAdd((version.Text, convention), static (key, v) => new BudgetLineSchemaValidator(ScdlSchema.Get(v), key.Convention), version);
}
