namespace Scdl.Budget.Nomenclature;

/// <summary>
/// Represents a functional reference of a plan de comptes (element <c>Fonction/RefFonctionnelles//RefFonc</c>):
/// the "why" of a line, such as <c>822</c> "Voirie communale et routes". Column <c>BGT_FONCTION</c>.
/// </summary>
public sealed class FunctionReference
{
    internal FunctionReference(string code, string label, string shortLabel, string? parentCode)
    {
        Code = code;
        Label = label;
        ShortLabel = shortLabel;
        ParentCode = parentCode;
    }

    /// <summary>Gets the code, such as <c>020</c> (attribute <c>Code</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the label (attribute <c>Libelle</c>), the text of <c>BGT_FONCTION_LABEL</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the short label (attribute <c>Lib_court</c>).</summary>
    public string ShortLabel { get; }

    /// <summary>Gets the code of the enclosing reference (<c>02</c> for <c>020</c>), or <see langword="null"/> at the top of the tree.</summary>
    public string? ParentCode { get; }

    /// <inheritdoc/>
    public override string ToString() => Code + " " + Label;
}
