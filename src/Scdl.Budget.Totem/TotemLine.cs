namespace Scdl.Budget.Totem;

/// <summary>
/// Holds one <c>LigneBudget</c> of a TOTEM document as written: the <c>V</c> value of each element the SCDL
/// mapping uses, or <see langword="null"/> when the element is absent. The converter types and checks them.
/// </summary>
/// <remarks>Elements that SCDL does not carry (<c>MtSup</c>, <c>InfoAPCP</c>, CFU cumulative amounts…) are not kept.</remarks>
public sealed record TotemLine
{
    /// <summary>Gets the 1-based XML line where the <c>LigneBudget</c> element starts.</summary>
    public required long LineNumber { get; init; }

    /// <summary>
    /// Gets the header of the budget the line belongs to: <see cref="TotemReader.Header"/>, unless the document
    /// holds several <c>Budget</c> elements (each is then a document of its own, with its own step, year and SIRET).
    /// <see langword="null"/> only for a line built by hand; the converter then uses the reader's header.
    /// </summary>
    public TotemHeader? Header { get; init; }

    /// <summary>
    /// Gets the local name of the element that holds the line when it is not a <c>Budget</c>: <c>LigneBudget</c> for a
    /// line nested in another, <c>DocumentBudgetaire</c> for a line after <c>&lt;/Budget&gt;</c>…; <see langword="null"/>
    /// for a line directly under its <c>Budget</c>. Such a line is read with the header of the latest budget, and the
    /// converter reports where it was (<see cref="FindingCodes.TotemLineOutsideBudget"/>).
    /// </summary>
    public string? Parent { get; init; }

    /// <summary>Gets the account (article), from <c>Nature</c>, such as <c>6045</c> or <c>001</c>.</summary>
    public string? Nature { get; init; }

    /// <summary>Gets the chapter by nature, from <c>ContNat</c>, such as <c>011</c>; often absent.</summary>
    public string? ContNat { get; init; }

    /// <summary>Gets the chapter by nature of a compte financier unique, from <c>ChapitreNature</c>.</summary>
    public string? ChapitreNature { get; init; }

    /// <summary>Gets the functional code, from <c>Fonction</c>.</summary>
    public string? Fonction { get; init; }

    /// <summary>Gets the equipment operation number, from <c>Operation</c>.</summary>
    public string? Operation { get; init; }

    /// <summary>
    /// Gets the number of the operation for a third party, from <c>OpeCpteTiers</c> (such as <c>001</c> on an account
    /// 4581 or 4541, also carried by <c>ContNat</c> <c>4581001</c>, <c>45411</c>).
    /// </summary>
    public string? OpeCpteTiers { get; init; }

    /// <summary>Gets the free label of the line, from <c>LibCpte</c> (for equipment operations, the operation's label).</summary>
    public string? LibCpte { get; init; }

    /// <summary>Gets the direction, from <c>CodRD</c>: <c>R</c> (recette) or <c>D</c> (dépense).</summary>
    public string? CodRD { get; init; }

    /// <summary>Gets the operation kind, from <c>OpBudg</c>: <c>0</c> (réel) or <c>1</c> (ordre).</summary>
    public string? OpBudg { get; init; }

    /// <summary>Gets the kind of order operation, from <c>TypOpBudg</c>: <c>1</c> inside a section, <c>2</c> between sections.</summary>
    public string? TypOpBudg { get; init; }

    /// <summary>Gets whether the article is specialised, from <c>ArtSpe</c>: <c>true</c> or <c>false</c>.</summary>
    public string? ArtSpe { get; init; }

    /// <summary>Gets the explicit section, from <c>CaracSup</c> with <c>Code="Section"</c>: <c>I</c> or <c>F</c>.</summary>
    public string? Section { get; init; }

    /// <summary>Gets the executed amount, from <c>MtReal</c>.</summary>
    public string? MtReal { get; init; }

    /// <summary>Gets the amount of the previous budget steps, from <c>MtBudgPrec</c>.</summary>
    public string? MtBudgPrec { get; init; }

    /// <summary>Gets the carried-over amount of last year, from <c>MtRARPrec</c>.</summary>
    public string? MtRARPrec { get; init; }

    /// <summary>Gets the new proposals, from <c>MtPropNouv</c>.</summary>
    public string? MtPropNouv { get; init; }

    /// <summary>Gets the voted amount, from <c>MtPrev</c>.</summary>
    public string? MtPrev { get; init; }

    /// <summary>Gets the opened credits, from <c>CredOuv</c>.</summary>
    public string? CredOuv { get; init; }

    /// <summary>Gets the amount left to execute at 31 December, from <c>MtRAR3112</c>.</summary>
    public string? MtRAR3112 { get; init; }
}
