using System.Globalization;

namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// Collects the header values of one <c>Budget</c> as they are read, and checks and builds its
/// <see cref="TotemHeader"/>. A later <c>Budget</c> of the same document starts from the values of the previous one
/// and replaces those it gives itself.
/// </summary>
internal sealed class HeaderBuilder
{
#pragma warning disable SA1401, CA1051 // Plain mutable bag, private to the reader.
    public long BudgetElementLine;
    public string? LibelleEtab;
    public string? IdEtab;
    public long IdEtabLine;
    public string? Nomenclature;
    public long NomenclatureLine;
    public string? NatDec;
    public long NatDecLine;
    public string? Exer;
    public long ExerLine;
    public string? NatFonc;
    public string? CodTypBud;
    public string? IdEtabPal;
#pragma warning restore SA1401, CA1051

    public HeaderBuilder(DocumentValues document, long budgetElementLine)
    {
        Document = document;
        BudgetElementLine = budgetElementLine;
    }

    /// <summary>Gets the values of the document, shared by its budgets.</summary>
    public DocumentValues Document { get; }

    /// <summary>Starts the builder of a later budget from the values of this one.</summary>
    public HeaderBuilder Next(long budgetElementLine) => new(Document, budgetElementLine)
    {
        LibelleEtab = LibelleEtab,
        IdEtab = IdEtab,
        IdEtabLine = IdEtabLine,
        Nomenclature = Nomenclature,
        NomenclatureLine = NomenclatureLine,
        NatDec = NatDec,
        NatDecLine = NatDecLine,
        Exer = Exer,
        ExerLine = ExerLine,
        NatFonc = NatFonc,
        CodTypBud = CodTypBud,
        IdEtabPal = IdEtabPal,
    };

    /// <summary>Checks the values and builds the header.</summary>
    /// <exception cref="ScdlFormatException">A value is missing or invalid.</exception>
    public TotemHeader Build()
    {
        var step = ParseStep(Required(NatDec, "BlocBudget/NatDec"), NatDecLine);
        var year = ParseYear(Required(Exer, "BlocBudget/Exer"), ExerLine);
        var (siretText, siretLine) = IdEtab is { Length: > 0 } ? (IdEtab, IdEtabLine) : (Document.IdColl, Document.IdCollLine);
        siretText = Required(siretText, "EnTeteBudget/IdEtab").Trim();
        if (!Siret.TryFromDigits(siretText, out var siret))
        {
            ThrowHelper.Format(FindingCodes.TotemInvalidSiret, siretLine, "EnTeteBudget/IdEtab", siretText);
        }

        var nomenclature = Required(Nomenclature, "EnTeteBudget/Nomenclature").Trim();
        var dash = nomenclature.IndexOf('-', StringComparison.Ordinal);
        var (norme, declinaison) = dash > 0 && dash < nomenclature.Length - 1
            ? (nomenclature[..dash], nomenclature[(dash + 1)..])
            : (nomenclature, nomenclature);
        return new TotemHeader
        {
            Step = step,
            Year = year,
            Siret = siret,
            AuthorityName = Clean(Document.LibelleColl),
            BudgetName = Clean(LibelleEtab),
            Norme = norme,
            Declinaison = declinaison,
            BudgetType = Clean(CodTypBud),
            PrincipalBudgetSiret = Clean(IdEtabPal),
            FunctionalPresentation = Clean(NatFonc),
            TotemSchemaVersion = Clean(Document.VersionSchema),
            InCompteFinancierUnique = Document.InCfu,
            BudgetElementLine = BudgetElementLine,
            SiretLine = siretLine,
            StepLine = NatDecLine,
            NomenclatureLine = NomenclatureLine,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private string Required(string? value, string element)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowHelper.Format(FindingCodes.TotemMissingHeaderElement, BudgetElementLine, element);
        }

        return value;
    }

    private static BudgetStep ParseStep(string text, long line)
    {
        var trimmed = text.Trim();
        var code = trimmed.Length is 1 or 2 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
        return code switch
        {
            1 => BudgetStep.BudgetPrimitif,
            2 => BudgetStep.DecisionModificative,
            3 => BudgetStep.BudgetSupplementaire,
            9 => BudgetStep.CompteAdministratif,
            10 => BudgetStep.CompteFinancierUnique,
            _ => throw ThrowHelper.Create(FindingCodes.TotemUnknownStep, line, "BlocBudget/NatDec", trimmed),
        };
    }

    private static int ParseYear(string text, long line)
    {
        var trimmed = text.Trim();
        if (trimmed.Length != 4 || !int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw ThrowHelper.Create(FindingCodes.TotemInvalidYear, line, "BlocBudget/Exer", trimmed);
        }

        return year;
    }
}
