namespace Scdl.Budget.Csv;

/// <summary>Chooses what a <see cref="BudgetCsvWriter"/> does with a line that breaks the schema, so that no invalid file is written by accident.</summary>
public enum InvalidLineHandling
{
    /// <summary>Throws an <see cref="InvalidBudgetLineException"/> that holds the findings; nothing of the line is written. The default.</summary>
    Throw = 1,

    /// <summary>Writes the line as it is and hands each finding to <see cref="BudgetCsvWriterOptions.OnFinding"/>: the output then needs fixing.</summary>
    Write = 2,

    /// <summary>Leaves the line out and hands each finding to <see cref="BudgetCsvWriterOptions.OnFinding"/>.</summary>
    Skip = 3,
}
