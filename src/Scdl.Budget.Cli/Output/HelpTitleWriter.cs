using System.Text;

namespace Scdl.Budget.Cli.Output;

/// <summary>
/// Passes System.CommandLine's output (help, version) through, replacing the one title it never translates
/// (<c>Description:</c>) by the tool's own, so that help under <c>--lang fr</c> is French throughout.
/// </summary>
internal sealed class HelpTitleWriter(TextWriter inner, string title) : TextWriter
{
    private const string Untranslated = "Description:";
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value != '\n')
        {
            _line.Append(value);
            return;
        }

        inner.Write(_line.Equals(Untranslated) ? title : _line.ToString());
        inner.Write('\n');
        _line.Clear();
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void Flush()
    {
        inner.Write(_line.ToString());
        _line.Clear();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
