using Scdl.Budget.Docs.Tests.Support;

namespace Scdl.Budget.Docs.Tests.Snippets;

/// <summary>
/// Every C# block of the README, of docs/ and of the packages' READMEs compiles against the packages: a package
/// README's block as written (a console program with nothing but the SDK's implicit usings), a docs page's block with
/// the context of <see cref="SnippetCompiler.DocsContext"/>.
/// </summary>
public sealed class SnippetTests
{
    public static TheoryData<string, int> CSharpBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in Repository.MarkdownPages().SelectMany(MarkdownCode.Read).Where(b => b.Language == "csharp"))
        {
            data.Add(block.Page, block.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void CSharpBlock_Compiles(string page, int line)
    {
        var block = MarkdownCode.Read(Path.Combine(Repository.Root, page)).Single(b => b.Line == line);
        if (block.NotCompiledBecause is not null)
        {
            block.Code.ShouldContain("internal ", customMessage: $"{block}: only code that shows the library's internals may be left uncompiled");
            return;
        }

        var asWritten = page.EndsWith("PACKAGE.md", StringComparison.Ordinal);

        var errors = SnippetCompiler.Errors(block.Code, asWritten);

        errors.ShouldBeEmpty($"{block} does not compile{(asWritten ? " as written in a console application" : " in the docs' context")}");
    }

    [Fact]
    public void EveryPage_IsSearched_AndEveryPackageReadmeHasACSharpBlock()
    {
        var blocks = Repository.MarkdownPages().SelectMany(MarkdownCode.Read).Where(b => b.Language == "csharp").ToList();

        blocks.Count.ShouldBeGreaterThan(15);
        foreach (var readme in Repository.PackageReadmes().Where(p => !p.Contains("Scdl.Budget.Cli", StringComparison.Ordinal)))
        {
            blocks.ShouldContain(b => b.Page == Repository.Relative(readme), $"{Repository.Relative(readme)} shows no C#");
        }
    }

    [Fact]
    public void Compiler_FindsAnErrorWhereThereIsOne()
    {
        SnippetCompiler.Errors("var fileSystem = new FileSystem();", asWritten: true).ShouldNotBeEmpty("FileSystem needs its using");
        SnippetCompiler.Errors("using System.IO.Abstractions;\nvar fileSystem = new FileSystem();", asWritten: true).ShouldBeEmpty();
        SnippetCompiler.Errors("var report = new BudgetValidator().Validate(fileSystem, \"budget.csv\");", asWritten: false).ShouldBeEmpty();
        SnippetCompiler.Errors("var report = new BudgetValidator().Validate(fileSystem, 42);", asWritten: false).ShouldNotBeEmpty();
    }
}
