namespace Scdl.Budget;

/// <summary>
/// Represents one line of an SCDL Budget file: one amount set for one account, chapter and function of one
/// budget step. It holds the 22 columns of scdl/budget 0.8.x as typed values.
/// </summary>
/// <remarks>
/// <para>
/// The model names what things are: <see cref="AccountCode"/> and <see cref="ChapterCode"/>, not
/// <c>BGT_CONTNAT</c> and <c>BGT_NATURE</c>, whose meaning depends on the <see cref="ColumnConvention"/>.
/// </para>
/// <para>
/// Codes are strings (leading zeros matter: <c>011</c>, <c>040</c>). A required text column that was empty in
/// the source is an empty string here, and validation reports it; an optional column that was empty is
/// <see langword="null"/>. Amounts are <see cref="decimal"/> in euros and keep the scale they were written with
/// (<c>100.50</c> stays <c>100.50</c>).
/// </para>
/// </remarks>
public sealed record BudgetLine
{
    /// <summary>Gets the budget step. Column <c>BGT_NATDEC</c> (étape budgétaire), required.</summary>
    public required BudgetStep Step { get; init; }

    /// <summary>Gets the fiscal year (exercice). Column <c>BGT_ANNEE</c>, required, 4 digits.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the SIRET of the establishment the budget belongs to. Column <c>BGT_SIRET</c>, required.</summary>
    public required Siret Siret { get; init; }

    /// <summary>
    /// Gets the name of the local authority or public body. Column <c>BGT_NOM</c> (nom de la collectivité), required.
    /// </summary>
    public required string AuthorityName { get; init; }

    /// <summary>
    /// Gets the account (article, compte par nature) of the plan de comptes, such as <c>6064</c>. Written in
    /// <c>BGT_CONTNAT</c> by the schema convention, in <c>BGT_NATURE</c> by the TOTEM converters' one. 1 to 9 characters.
    /// </summary>
    public required string AccountCode { get; init; }

    /// <summary>Gets the label of the account in the plan de comptes. Required.</summary>
    public required string AccountLabel { get; init; }

    /// <summary>
    /// Gets the chapter (chapitre par nature) the account is budgeted in, such as <c>011</c> or <c>040</c>. Written in
    /// <c>BGT_NATURE</c> by the schema convention, in <c>BGT_CONTNAT</c> by the TOTEM converters' one. 1 to 9 characters.
    /// </summary>
    public required string ChapterCode { get; init; }

    /// <summary>Gets the label of the chapter in the plan de comptes. Required.</summary>
    public required string ChapterLabel { get; init; }

    /// <summary>Gets the functional code (fonction, "the why"), such as <c>822</c>. Column <c>BGT_FONCTION</c>, optional.</summary>
    public string? FunctionCode { get; init; }

    /// <summary>Gets the label of the function. Column <c>BGT_FONCTION_LABEL</c>, optional.</summary>
    public string? FunctionLabel { get; init; }

    /// <summary>
    /// Gets the voted operation: digits for an operation voted as such, free text for information.
    /// Column <c>BGT_OPERATION</c>, optional.
    /// </summary>
    public string? Operation { get; init; }

    /// <summary>Gets the budget section. Column <c>BGT_SECTION</c>, required.</summary>
    public required BudgetSection Section { get; init; }

    /// <summary>Gets whether the line is a real or an order operation. Column <c>BGT_OPBUDG</c>, required.</summary>
    public required OperationKind OperationKind { get; init; }

    /// <summary>Gets whether the line is a receipt or an expense. Column <c>BGT_CODRD</c>, required.</summary>
    public required FlowDirection Direction { get; init; }

    /// <summary>
    /// Gets the signed amount executed (réalisations), in euros; meaningful for a compte administratif.
    /// Column <c>BGT_MTREAL</c>, optional.
    /// </summary>
    public decimal? Realisations { get; init; }

    /// <summary>Gets the amount of the previous budget steps (budget précédent), in euros. Column <c>BGT_MTBUDGPREC</c>, optional.</summary>
    public decimal? BudgetPrecedent { get; init; }

    /// <summary>
    /// Gets the amount carried over from last year (restes à réaliser N-1), in euros. Column <c>BGT_MTRARPREC</c>, optional.
    /// </summary>
    public decimal? RestesARealiserPrecedents { get; init; }

    /// <summary>Gets the new proposals (propositions nouvelles), in euros. Column <c>BGT_MTPROPNOUV</c>, optional.</summary>
    public decimal? PropositionsNouvelles { get; init; }

    /// <summary>Gets the voted amount (montant voté), in euros. Column <c>BGT_MTPREV</c>, optional.</summary>
    public decimal? MontantVote { get; init; }

    /// <summary>Gets the credits opened at the article (crédits ouverts), in euros. Column <c>BGT_CREDOUV</c>, optional.</summary>
    public decimal? CreditsOuverts { get; init; }

    /// <summary>
    /// Gets the amount left to execute at 31 December (restes à réaliser), in euros. Column <c>BGT_MTRAR3112</c>, optional.
    /// </summary>
    public decimal? RestesARealiser { get; init; }

    /// <summary>Gets whether the article was voted as specialised. Column <c>BGT_ARTSPE</c>, optional.</summary>
    public SpecializedArticle? SpecializedArticle { get; init; }
}
