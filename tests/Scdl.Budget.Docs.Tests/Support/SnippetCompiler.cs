using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Scdl.Budget.Docs.Tests.Support;

/// <summary>
/// Compiles a snippet as the one file of a console application (top-level statements) against the packages, as a
/// reader who pastes it would: a package README's snippet as written, with only the usings a console project has; a
/// docs page's snippet with the usings of every namespace of the packages and the variables the pages take as given.
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The usings every console project of the SDK has (ImplicitUsings).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>What a docs page's snippet takes as given: every namespace of the packages, and a few variables.</summary>
    public const string DocsContext = """
        global using System.Globalization;
        global using System.Text;
        global using System.IO.Abstractions;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Scdl.Budget;
        global using Scdl.Budget.Analysis;
        global using Scdl.Budget.Csv;
        global using Scdl.Budget.Extensions.DependencyInjection;
        global using Scdl.Budget.Nomenclature;
        global using Scdl.Budget.Normalization;
        global using Scdl.Budget.Reports;
        global using Scdl.Budget.Spreadsheets;
        global using Scdl.Budget.Summary;
        global using Scdl.Budget.Totem;
        global using Scdl.Budget.Validation;
        global using static SnippetContext;

        /// <summary>The variables a docs page's snippet uses without declaring them (a snippet may declare its own).</summary>
        internal static class SnippetContext
        {
            public static IFileSystem fileSystem = null!;  // new FileSystem() in an application, a MockFileSystem in tests
            public static TextWriter output = null!;       // where the snippet prints
            public static Stream stream = null!;           // a CSV or TOTEM stream
            public static BudgetLine line = null!;         // a typed line
            public static BudgetValidationOptions options = null!;
            public static CancellationToken cancellationToken;    // the caller's
            public static CancellationToken token;
        }
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>Compiles a snippet and returns its errors (none when it compiles).</summary>
    /// <param name="code">The snippet, as the page shows it.</param>
    /// <param name="asWritten"><see langword="true"/> for a package README's snippet: nothing but the SDK's implicit usings.</param>
    public static IReadOnlyList<string> Errors(string code, bool asWritten)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var snippet = CSharpSyntaxTree.ParseText(code, parse, path: "Program.cs");
        SyntaxTree[] trees = [snippet, CSharpSyntaxTree.ParseText(asWritten ? ImplicitUsings : ImplicitUsings + "\n" + DocsContext, parse, path: "Context.cs")];

        // Statements make a program; a snippet of declarations only (a class that uses the library) makes a library.
        var statements = snippet.GetCompilationUnitRoot().Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Snippet",
            trees,
            References.Value,
            new CSharpCompilationOptions(statements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())];
    }
}
