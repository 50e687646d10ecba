namespace Scdl.Budget.Validation.Rules;

/// <summary>One document per file (<c>SCDL301</c>), rows above Validata's limit (<c>SCDL310</c>), lines left out (<c>SCDL311</c>).</summary>
internal sealed class DocumentRule : IBudgetRule
{
    public void Observe(BudgetLine line, long lineNumber, ValidationContext context)
    {
        if (context.StartsNewDocument && context.Summary.DocumentCount > 1 && context.Keeps(FindingCodes.MultipleDocuments))
        {
            var key = context.Summary.CurrentKey;
            context.Report(FindingCodes.MultipleDocuments, lineNumber, null, null,
                key.Siret, ValidationContext.Count(key.Year), context.StepText(key.Step), context.DocumentText(context.Summary.FirstKey!.Value));
        }
    }

    public void Complete(ValidationContext context)
    {
        if (context.RecordsRead > context.Options.RowLimit)
        {
            context.Report(FindingCodes.TooManyRows, 0, null, null,
                ValidationContext.Count(context.RecordsRead), ValidationContext.Count(context.Options.RowLimit));
        }

        if (context.RecordsNotTyped > 0)
        {
            context.Report(FindingCodes.RecordsNotTyped, 0, null, null, ValidationContext.Count(context.RecordsNotTyped));
        }
    }
}
