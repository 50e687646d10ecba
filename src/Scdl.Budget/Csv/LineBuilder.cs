using Scdl.Budget.Schema;

namespace Scdl.Budget.Csv;

/// <summary>The values of one line being typed, set property by property, then built into a <see cref="BudgetLine"/>.</summary>
internal struct LineBuilder
{
    public int Step;
    public int Year;
    public Siret Siret;
    public string? AuthorityName;
    public string? AccountCode;
    public string? AccountLabel;
    public string? ChapterCode;
    public string? ChapterLabel;
    public string? FunctionCode;
    public string? FunctionLabel;
    public string? Operation;
    public int Section;
    public int OperationKind;
    public int Direction;
    public decimal? Realisations;
    public decimal? BudgetPrecedent;
    public decimal? RestesARealiserPrecedents;
    public decimal? PropositionsNouvelles;
    public decimal? MontantVote;
    public decimal? CreditsOuverts;
    public decimal? RestesARealiser;
    public int SpecializedArticle;

    public void SetText(LineField field, string value)
    {
        switch (field)
        {
            case LineField.AuthorityName: AuthorityName = value; break;
            case LineField.AccountCode: AccountCode = value; break;
            case LineField.AccountLabel: AccountLabel = value; break;
            case LineField.ChapterCode: ChapterCode = value; break;
            case LineField.ChapterLabel: ChapterLabel = value; break;
            case LineField.FunctionCode: FunctionCode = value; break;
            case LineField.FunctionLabel: FunctionLabel = value; break;
            case LineField.Operation: Operation = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not a text property.");
        }
    }

    public void SetEnum(LineField field, int member)
    {
        switch (field)
        {
            case LineField.Step: Step = member; break;
            case LineField.Section: Section = member; break;
            case LineField.OperationKind: OperationKind = member; break;
            case LineField.Direction: Direction = member; break;
            case LineField.SpecializedArticle: SpecializedArticle = member; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not an enum property.");
        }
    }

    public void SetAmount(LineField field, decimal value)
    {
        switch (field)
        {
            case LineField.Realisations: Realisations = value; break;
            case LineField.BudgetPrecedent: BudgetPrecedent = value; break;
            case LineField.RestesARealiserPrecedents: RestesARealiserPrecedents = value; break;
            case LineField.PropositionsNouvelles: PropositionsNouvelles = value; break;
            case LineField.MontantVote: MontantVote = value; break;
            case LineField.CreditsOuverts: CreditsOuverts = value; break;
            case LineField.RestesARealiser: RestesARealiser = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not an amount property.");
        }
    }

    public readonly BudgetLine Build() => new()
    {
        Step = (BudgetStep)Step,
        Year = Year,
        Siret = Siret,
        AuthorityName = AuthorityName ?? string.Empty,
        AccountCode = AccountCode ?? string.Empty,
        AccountLabel = AccountLabel ?? string.Empty,
        ChapterCode = ChapterCode ?? string.Empty,
        ChapterLabel = ChapterLabel ?? string.Empty,
        FunctionCode = FunctionCode,
        FunctionLabel = FunctionLabel,
        Operation = Operation,
        Section = (BudgetSection)Section,
        OperationKind = (OperationKind)OperationKind,
        Direction = (FlowDirection)Direction,
        Realisations = Realisations,
        BudgetPrecedent = BudgetPrecedent,
        RestesARealiserPrecedents = RestesARealiserPrecedents,
        PropositionsNouvelles = PropositionsNouvelles,
        MontantVote = MontantVote,
        CreditsOuverts = CreditsOuverts,
        RestesARealiser = RestesARealiser,
        SpecializedArticle = SpecializedArticle == 0 ? null : (SpecializedArticle)SpecializedArticle,
    };
}
