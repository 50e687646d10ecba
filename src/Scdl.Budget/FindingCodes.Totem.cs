namespace Scdl.Budget;

// SCDL5xx: TOTEM conversion (Scdl.Budget.Totem). Add each code as a documented constant here, its descriptor below, its messages
// ("CODE", "CODE.Title", "CODE.Fix") in Resources/Messages.resx and Messages.fr.resx, and its row in docs/findings.md.
public static partial class FindingCodes
{
    /// <summary>The TOTEM input is not well-formed XML (truncated, not XML at all). Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemMalformedXml = "SCDL500";

    /// <summary>The TOTEM input declares a DTD or an entity, which is refused for safety. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemDtdRefused = "SCDL501";

    /// <summary>The XML is not a TOTEM budget document: neither a <c>DocumentBudgetaire</c> nor a <c>CompteFinancierUnique</c> holding one. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemNotBudgetDocument = "SCDL502";

    /// <summary>A header element the conversion needs (<c>Budget</c>, <c>NatDec</c>, <c>Exer</c>, <c>IdEtab</c>, <c>Nomenclature</c>, a name) is missing. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemMissingHeaderElement = "SCDL503";

    /// <summary>The budget step (<c>NatDec</c>) is not 01, 02, 03, 09 or 10. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemUnknownStep = "SCDL504";

    /// <summary>The fiscal year (<c>Exer</c>) is not 4 digits. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemInvalidYear = "SCDL505";

    /// <summary>The SIRET (<c>IdEtab</c>) is not 14 digits. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemInvalidSiret = "SCDL506";

    /// <summary>The plan de comptes of the document (<c>Nomenclature</c>) is unknown to the catalogue used. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemUnknownNomenclature = "SCDL507";

    /// <summary>An XML item of the TOTEM input (a tag with its attributes and the text after it, a comment, a CDATA section) is longer than the reader's limit (<c>TotemReaderOptions.MaxValueSize</c>). Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemValueTooLarge = "SCDL508";

    /// <summary>The TOTEM input is larger than the reader's limit (<c>TotemReaderOptions.MaxDocumentSize</c>). Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemDocumentTooLarge = "SCDL509";

    /// <summary>The SIRET of the document fails its check digit; the lines are converted with it and the output fails <c>french-siret-value</c>.</summary>
    public const string TotemSiretCheckDigit = "SCDL510";

    /// <summary>The document is a compte financier unique (NatDec 10), which scdl/budget 0.8.x cannot spell; its lines are written with the writer's CFU policy.</summary>
    public const string TotemCompteFinancierUnique = "SCDL511";

    /// <summary>Lines marked <c>calculated="true"</c> (totals generated from the detailed lines) were skipped, as every converter does.</summary>
    public const string TotemCalculatedLinesSkipped = "SCDL512";

    /// <summary>The document holds another <c>Budget</c>: its lines are converted as another document, with its own step, year and SIRET.</summary>
    public const string TotemSecondBudget = "SCDL513";

    /// <summary>A <c>LigneBudget</c> is not directly under a <c>Budget</c> (nested in another line, after <c>&lt;/Budget&gt;</c>…): it is converted with the header of the latest budget.</summary>
    public const string TotemLineOutsideBudget = "SCDL514";

    /// <summary><c>LigneBudget</c> elements come before the header of the first budget: without step, year and SIRET they cannot be converted; they are counted as lines not written.</summary>
    public const string TotemLinesBeforeHeader = "SCDL515";

    /// <summary>The <c>DocumentBudgetaire</c> (or <c>CompteFinancierUnique</c>) is not in TOTEM's XML namespace; it is read all the same.</summary>
    public const string TotemUnexpectedNamespace = "SCDL516";

    /// <summary>An amount of the loans annex (<c>DATA_EMPRUNT</c>) cannot be counted; the outstanding debt is left unknown.</summary>
    public const string TotemLoanAmountUnreadable = "SCDL517";

    /// <summary>A loan of the loans annex carries capital but is of a type (<c>CodTypEmpr</c>) other than the authority's own (01) or guaranteed (09); the outstanding debt is left unknown.</summary>
    public const string TotemLoanOfUnknownType = "SCDL518";

    /// <summary>Elements of the TOTEM input are nested deeper than a TOTEM document ever is. Thrown as <see cref="ScdlFormatException"/>.</summary>
    public const string TotemNestedTooDeep = "SCDL519";

    /// <summary>A <c>LigneBudget</c> lacks an element SCDL requires (<c>Nature</c>, <c>CodRD</c>, <c>OpBudg</c>); the line is not written.</summary>
    public const string TotemLineMissingElement = "SCDL520";

    /// <summary>A value of a <c>LigneBudget</c> is not one TOTEM allows (a direction other than R/D, an amount that is not a number…); the line is not written.</summary>
    public const string TotemLineInvalidValue = "SCDL521";

    /// <summary>No chapter could be found for the line's account in the plan de comptes; the line is not written.</summary>
    public const string TotemChapterNotFound = "SCDL522";

    /// <summary>The line's account is not in the plan de comptes and the line has no label of its own; the line is not written.</summary>
    public const string TotemAccountNotInPlan = "SCDL523";

    /// <summary>The line's account is not in the plan de comptes; its label was taken from the line's own <c>LibCpte</c>.</summary>
    public const string TotemAccountLabelFromLine = "SCDL524";

    /// <summary>Neither the line (<c>CaracSup Section</c>) nor its chapter gives a section; the line is not written.</summary>
    public const string TotemSectionNotFound = "SCDL525";

    /// <summary>The line's explicit section (<c>CaracSup Section</c>) differs from its chapter's section in the plan; the line's own is kept.</summary>
    public const string TotemSectionMismatch = "SCDL526";

    /// <summary>The line's <c>ContNat</c> is not a chapter of the plan de comptes; the chapter was found another way (account, prefix).</summary>
    public const string TotemContNatNotAChapter = "SCDL527";

    /// <summary>The line's function (<c>Fonction</c>) is not in the plan de comptes; its label is left empty.</summary>
    public const string TotemFunctionNotInPlan = "SCDL528";

    /// <summary>A code of the line is longer than the 9 characters scdl/budget allows; the line is not written.</summary>
    public const string TotemCodeTooLong = "SCDL529";

    /// <summary>A code of the line is not in the plan de comptes of the document's year but in another year's, which gave its label or chapter.</summary>
    public const string TotemCodeFromOtherYear = "SCDL530";

    /// <summary>The line would make a CSV record longer than a CSV reader accepts (<c>BudgetCsvReaderOptions.MaxRecordSize</c>); it is not written.</summary>
    public const string TotemRecordTooLarge = "SCDL531";

    /// <summary>A value scdl/budget requires would be empty (a chapter without label in the plan de comptes used); the line is not written.</summary>
    public const string TotemRequiredValueEmpty = "SCDL532";

    private static FindingDescriptor[] TotemDescriptors =>
    [
        new(TotemMalformedXml, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(TotemDtdRefused, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(TotemNotBudgetDocument, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(TotemMissingHeaderElement, FindingSeverity.Error, "source-error"),
        new(TotemUnknownStep, FindingSeverity.Error, "source-error"),
        new(TotemInvalidYear, FindingSeverity.Error, "source-error"),
        new(TotemInvalidSiret, FindingSeverity.Error, "source-error"),
        new(TotemUnknownNomenclature, FindingSeverity.Error, "source-error"),
        new(TotemValueTooLarge, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(TotemDocumentTooLarge, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(TotemSiretCheckDigit, FindingSeverity.Error, "french-siret-value"),
        new(TotemCompteFinancierUnique, FindingSeverity.Warning, "budget-rule"),
        new(TotemCalculatedLinesSkipped, FindingSeverity.Info, "budget-rule"),
        new(TotemSecondBudget, FindingSeverity.Warning, "source-error"),
        new(TotemLineOutsideBudget, FindingSeverity.Warning, "source-error"),
        new(TotemLinesBeforeHeader, FindingSeverity.Error, "source-error"),
        new(TotemUnexpectedNamespace, FindingSeverity.Warning, "source-error"),
        new(TotemLoanAmountUnreadable, FindingSeverity.Warning, "source-error"),
        new(TotemLoanOfUnknownType, FindingSeverity.Warning, "budget-rule"),
        new(TotemNestedTooDeep, FindingSeverity.Error, "source-error", FindingCategory.Unreadable),
        new(TotemLineMissingElement, FindingSeverity.Error, "source-error"),
        new(TotemLineInvalidValue, FindingSeverity.Error, "source-error"),
        new(TotemChapterNotFound, FindingSeverity.Error, "budget-rule"),
        new(TotemAccountNotInPlan, FindingSeverity.Error, "budget-rule"),
        new(TotemAccountLabelFromLine, FindingSeverity.Warning, "budget-rule"),
        new(TotemSectionNotFound, FindingSeverity.Error, "budget-rule"),
        new(TotemSectionMismatch, FindingSeverity.Warning, "budget-rule"),
        new(TotemContNatNotAChapter, FindingSeverity.Info, "budget-rule"),
        new(TotemFunctionNotInPlan, FindingSeverity.Warning, "budget-rule"),
        new(TotemCodeTooLong, FindingSeverity.Error, "constraint-error"),
        new(TotemCodeFromOtherYear, FindingSeverity.Info, "budget-rule"),
        new(TotemRecordTooLarge, FindingSeverity.Error, "source-error"),
        new(TotemRequiredValueEmpty, FindingSeverity.Error, "constraint-error"),
    ];
}
