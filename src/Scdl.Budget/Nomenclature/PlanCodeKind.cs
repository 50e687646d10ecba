namespace Scdl.Budget.Nomenclature;

/// <summary>What a code names in a plan: the lists of a plan, in the order the compact catalogue stores them.</summary>
internal enum PlanCodeKind
{
    /// <summary>A nature chapter.</summary>
    Chapter = 0,

    /// <summary>A nature account.</summary>
    Account = 1,

    /// <summary>A functional chapter.</summary>
    FunctionChapter = 2,

    /// <summary>A functional account.</summary>
    FunctionAccount = 3,

    /// <summary>A functional reference.</summary>
    FunctionReference = 4,
}
