using System.Text.RegularExpressions;

namespace Scdl.Budget.Docs.Tests.Support;

/// <summary>A fenced code block of a Markdown page.</summary>
/// <param name="Page">The page's path, relative to the repository.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">The fence's language (<c>csharp</c>, <c>sh</c>, …).</param>
/// <param name="Code">The code, lines joined by <c>\n</c>.</param>
/// <param name="NotCompiledBecause">
/// Why the block is not compiled, from a <c>&lt;!-- not compiled: REASON --&gt;</c> comment on the line before its fence
/// (code that shows the library's internals, not code to copy); <see langword="null"/> for every other block.
/// </param>
internal sealed partial record MarkdownCode(string Page, int Line, string Language, string Code, string? NotCompiledBecause)
{
    public override string ToString() => $"{Page}:{Line}";

    public static IEnumerable<MarkdownCode> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && lines[i].TrimEnd() != fence.Groups["ticks"].Value; i++)
            {
                code.Add(lines[i]);
            }

            var reason = start > 0 ? NotCompiled().Match(lines[start - 1]) : Match.Empty;
            yield return new MarkdownCode(
                Repository.Relative(path),
                start + 1,
                fence.Groups["language"].Value,
                string.Join('\n', code),
                reason.Success ? reason.Groups["reason"].Value.Trim() : null);
        }
    }

    [GeneratedRegex("^(?<ticks>```+)(?<language>[A-Za-z0-9#+-]*)\\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex("^<!--\\s*not compiled:(?<reason>.+?)-->\\s*$")]
    private static partial Regex NotCompiled();
}
