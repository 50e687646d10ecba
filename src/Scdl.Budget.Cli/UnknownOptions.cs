using System.CommandLine;
using System.CommandLine.Parsing;
using Scdl.Budget.Cli.Output;

namespace Scdl.Budget.Cli;

/// <summary>
/// Finds a word of the command line that looks like an option but is none of the command's (<c>--formt</c>), which
/// System.CommandLine would otherwise take for an input file, and names the closest real option.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>Gets the message of the first unknown option, or <see langword="null"/> when there is none.</summary>
    /// <remarks>
    /// A word after <c>--</c> is an input whatever it looks like, and so is <c>-</c> alone; a word taken as the value of
    /// an option (<c>--parallel -1</c>) is that option's business.
    /// </remarks>
    public static string? Find(ParseResult parseResult, CliText text)
    {
        var command = parseResult.CommandResult.Command;
        var endOfOptions = parseResult.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var beforeEnd = endOfOptions < 0 ? parseResult.Tokens : parseResult.Tokens.Take(endOfOptions).ToList();
        var words = parseResult.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value)
            .Concat(parseResult.UnmatchedTokens);
        foreach (var word in words)
        {
            if (word.Length < 2 || word[0] != '-' || !beforeEnd.Any(t => string.Equals(t.Value, word, StringComparison.Ordinal)))
            {
                continue;
            }

            var name = word.Split('=', ':')[0];
            var path = CommandPath(parseResult.CommandResult);
            return Closest(name, OptionNames(parseResult.CommandResult)) is { } guess
                ? text.Format("Usage.UnknownOption", name, guess, path)
                : text.Format("Usage.UnknownOptionNoGuess", name, path);
        }

        return null;
    }

    private static string CommandPath(CommandResult result) =>
        result.Parent is CommandResult parent && parent.Command is not RootCommand ? CommandPath(parent) + " " + result.Command.Name : result.Command is RootCommand ? string.Empty : result.Command.Name;

    /// <summary>Gets the names and aliases of the options the command accepts, its own and those its parents pass down.</summary>
    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? current = result; current is CommandResult command; current = command.Parent)
        {
            foreach (var option in command.Command.Options.Where(o => current == result || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    /// <summary>Gets the option closest to what was typed, when it is close enough to be a typo (at most a third of its letters differ).</summary>
    internal static string? Closest(string typed, IEnumerable<string> names) =>
        names.Where(n => n.StartsWith("--", StringComparison.Ordinal) || typed.Length <= 2)
            .Select(n => (Name: n, Distance: Distance(typed, n)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
