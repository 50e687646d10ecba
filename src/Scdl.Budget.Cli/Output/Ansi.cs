namespace Scdl.Budget.Cli.Output;

/// <summary>Colours for the terminal; every method returns the text unchanged when colours are off.</summary>
internal sealed class Ansi(bool enabled)
{
    public bool Enabled { get; } = enabled;

    public string Red(string text) => Wrap(text, "31");

    public string Green(string text) => Wrap(text, "32");

    public string Yellow(string text) => Wrap(text, "33");

    public string Bold(string text) => Wrap(text, "1");

    private string Wrap(string text, string code) => Enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
