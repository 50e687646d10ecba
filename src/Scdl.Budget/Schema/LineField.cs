namespace Scdl.Budget.Schema;

/// <summary>The properties of <see cref="BudgetLine"/>, which the binding pairs with the columns of the schema.</summary>
internal enum LineField
{
    Step = 1,
    Year,
    Siret,
    AuthorityName,
    AccountCode,
    AccountLabel,
    ChapterCode,
    ChapterLabel,
    FunctionCode,
    FunctionLabel,
    Operation,
    Section,
    OperationKind,
    Direction,
    Realisations,
    BudgetPrecedent,
    RestesARealiserPrecedents,
    PropositionsNouvelles,
    MontantVote,
    CreditsOuverts,
    RestesARealiser,
    SpecializedArticle,
}
