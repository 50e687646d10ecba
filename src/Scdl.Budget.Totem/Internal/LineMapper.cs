using System.Globalization;

namespace Scdl.Budget.Totem.Internal;

/// <summary>
/// Maps one TOTEM line to one SCDL line, or to the findings that say why it cannot be one. Stateless between lines.
/// </summary>
internal sealed class LineMapper
{
    private const int MaxCodeLength = 9;

    private readonly TotemHeader _header;
    private readonly IPlanLookup _plan;
    private readonly string _authorityName;
    private readonly string _authorityElement;
    private readonly bool _operationWithLabel;
    private readonly long _maxRecordSize;
    private readonly string? _source;

    public LineMapper(TotemHeader header, IPlanLookup plan, string authorityName, string authorityElement, bool operationWithLabel, long maxRecordSize, string? source = null)
    {
        _source = source;
        _header = header;
        _plan = plan;
        _authorityName = authorityName;
        _authorityElement = authorityElement;
        _operationWithLabel = operationWithLabel;
        _maxRecordSize = maxRecordSize;
    }

    public BudgetRecord Map(TotemLine source)
    {
        var findings = new List<Finding>(0);
        var line = source.LineNumber;
        if (source.Parent is { } parent)
        {
            findings.Add(Make(FindingCodes.TotemLineOutsideBudget, line, "LigneBudget", parent, _header.BudgetElementLine.ToString(CultureInfo.InvariantCulture)));
        }

        var nature = Required(source.Nature, "LigneBudget/Nature", line, findings);
        var direction = ParseDirection(source.CodRD, line, findings);
        var kind = ParseKind(source.OpBudg, line, findings);
        var orderType = ParseOrderType(source.TypOpBudg, line, findings);
        var article = ParseArticle(source.ArtSpe, line, findings);
        var explicitSection = ParseSection(source.Section, line, findings);
        var realisations = Amount(source.MtReal, "LigneBudget/MtReal", line, findings);
        var budgetPrecedent = Amount(source.MtBudgPrec, "LigneBudget/MtBudgPrec", line, findings);
        var rarPrecedents = Amount(source.MtRARPrec, "LigneBudget/MtRARPrec", line, findings);
        var propositions = Amount(source.MtPropNouv, "LigneBudget/MtPropNouv", line, findings);
        var vote = Amount(source.MtPrev, "LigneBudget/MtPrev", line, findings);
        var credits = Amount(source.CredOuv, "LigneBudget/CredOuv", line, findings);
        var rar = Amount(source.MtRAR3112, "LigneBudget/MtRAR3112", line, findings);

        if (nature is null || direction is null || kind is null)
        {
            return new BudgetRecord(null, line, findings, RecordKind.Data, _source);
        }

        var chapter = ResolveChapter(source, nature, direction.Value, kind.Value, orderType, findings, out var contNatIsChapter);
        var accountLabel = ResolveAccountLabel(source, nature, chapter, findings);
        var section = ResolveSection(source, explicitSection, chapter, findings);

        var function = Clean(source.Fonction);
        string? functionLabel = null;
        if (function is not null)
        {
            functionLabel = _plan.FindFunctionLabel(function);
            if (functionLabel is null)
            {
                findings.Add(Make(FindingCodes.TotemFunctionNotInPlan, line, "LigneBudget/Fonction", function, PlanName));
            }
        }

        CheckLength(nature, "LigneBudget/Nature", line, findings);
        if (chapter is not null)
        {
            CheckLength(chapter.Code, "LigneBudget/ContNat", line, findings);
        }

        if (function is not null)
        {
            CheckLength(function, "LigneBudget/Fonction", line, findings);
        }

        if (chapter is not null && string.IsNullOrWhiteSpace(chapter.Label))
        {
            findings.Add(Error(FindingCodes.TotemRequiredValueEmpty, line, "Chapitre/@Libelle", null, chapter.Code));
        }

        if (chapter is null || accountLabel is null || section is null || HasError(findings))
        {
            return new BudgetRecord(null, line, findings, RecordKind.Data, _source);
        }

        var budgetLine = new BudgetLine
        {
            Step = _header.Step,
            Year = _header.Year,
            Siret = _header.Siret,
            AuthorityName = _authorityName,
            AccountCode = nature,
            AccountLabel = accountLabel,
            ChapterCode = chapter.Code,
            ChapterLabel = chapter.Label,
            FunctionCode = function,
            FunctionLabel = functionLabel,
            Operation = OperationText(source, chapterGiven: contNatIsChapter),
            Section = section.Value,
            OperationKind = kind.Value,
            Direction = direction.Value,
            Realisations = realisations,
            BudgetPrecedent = budgetPrecedent,
            RestesARealiserPrecedents = rarPrecedents,
            PropositionsNouvelles = propositions,
            MontantVote = vote,
            CreditsOuverts = credits,
            RestesARealiser = rar,
            SpecializedArticle = article,
        };
        if (RecordSize.Exceeds(budgetLine, _maxRecordSize, out var size))
        {
            var (longest, element) = Longest(budgetLine, source);
            findings.Add(Error(FindingCodes.TotemRecordTooLarge, line, element, longest,
                size.ToString(CultureInfo.InvariantCulture), _maxRecordSize.ToString(CultureInfo.InvariantCulture)));
            return new BudgetRecord(null, line, findings, RecordKind.Data, _source);
        }

        return new BudgetRecord(budgetLine, line, findings.Count == 0 ? [] : findings, RecordKind.Data, _source);
    }

    /// <summary>Finds the longest text of a line and the TOTEM element it comes from, to say what makes a record too long.</summary>
    private (string Value, string Element) Longest(BudgetLine line, TotemLine source)
    {
        (string Value, string Element)[] candidates =
        [
            (line.AuthorityName, _authorityElement),
            (line.AccountLabel, string.Equals(Clean(source.LibCpte), line.AccountLabel, StringComparison.Ordinal) ? "LigneBudget/LibCpte" : "LigneBudget/Nature"),
            (line.Operation ?? string.Empty, "LigneBudget/Operation"),
            (line.ChapterLabel, "LigneBudget/ContNat"),
            (line.FunctionLabel ?? string.Empty, "LigneBudget/Fonction"),
        ];
        return candidates.MaxBy(c => c.Value.Length);
    }

    private string? ResolveAccountLabel(TotemLine source, string nature, ChapterInfo? chapter, List<Finding> findings)
    {
        var line = source.LineNumber;
        var account = _plan.FindAccount(nature);
        var accountLabel = account?.Label;
        if (account is not null && string.IsNullOrWhiteSpace(accountLabel))
        {
            findings.Add(Error(FindingCodes.TotemRequiredValueEmpty, line, "Compte/@Libelle", null, nature));
            return null;
        }
        if (account?.OtherYear is { } accountYear)
        {
            findings.Add(Make(FindingCodes.TotemCodeFromOtherYear, line, "LigneBudget/Nature", nature, PlanName, accountYear.ToString(CultureInfo.InvariantCulture)));
        }

        if (chapter?.OtherYear is { } chapterYear && account?.OtherYear is null)
        {
            findings.Add(Make(FindingCodes.TotemCodeFromOtherYear, line, "LigneBudget/ContNat", chapter.Code, PlanName, chapterYear.ToString(CultureInfo.InvariantCulture)));
        }

        if (accountLabel is null)
        {
            var own = Clean(source.LibCpte);
            if (own is null)
            {
                findings.Add(Error(FindingCodes.TotemAccountNotInPlan, line, "LigneBudget/Nature", nature, PlanName));
            }
            else
            {
                accountLabel = own;
                findings.Add(Make(FindingCodes.TotemAccountLabelFromLine, line, "LigneBudget/Nature", nature, PlanName, own));
            }
        }

        return accountLabel;
    }

    private static BudgetSection? ResolveSection(TotemLine source, BudgetSection? explicitSection, ChapterInfo? chapter, List<Finding> findings)
    {
        var section = explicitSection;
        if (chapter is null)
        {
            return section;
        }

        if (section is null)
        {
            section = chapter.Section;
        }
        else if (chapter.Section is { } planSection && planSection != section)
        {
            findings.Add(Make(FindingCodes.TotemSectionMismatch, source.LineNumber, "LigneBudget/CaracSup", source.Section, chapter.Code, SectionLetter(planSection)));
        }

        if (section is null)
        {
            findings.Add(Error(FindingCodes.TotemSectionNotFound, source.LineNumber, "LigneBudget/CaracSup", null, chapter.Code));
        }

        return section;
    }

    private string PlanName => string.Create(CultureInfo.InvariantCulture, $"{_header.Norme}-{_header.Declinaison} {_header.Year}");

    /// <summary>
    /// ContNat when it is a chapter of the plan; else derived from the account by direction and operation kind;
    /// else ChapitreNature (CFU); else the longest chapter that prefixes ContNat (an operation chapter such as 4581001).
    /// </summary>
    private ChapterInfo? ResolveChapter(TotemLine source, string nature, FlowDirection direction, OperationKind kind, int? orderType, List<Finding> findings, out bool contNatIsChapter)
    {
        var line = source.LineNumber;
        var contNat = Clean(source.ContNat);
        var given = contNat is null ? null : _plan.FindChapter(contNat);
        contNatIsChapter = given is not null;
        if (given is not null)
        {
            return given;
        }

        var chapter = Derive(nature, direction, kind, orderType)
            ?? (Clean(source.ChapitreNature) is { } cfu ? _plan.FindChapter(cfu) : null)
            ?? LongestPrefix(contNat);
        if (chapter is null)
        {
            findings.Add(Error(FindingCodes.TotemChapterNotFound, line, "LigneBudget/ContNat", contNat ?? nature, nature, PlanName));
        }
        else if (contNat is not null)
        {
            findings.Add(Make(FindingCodes.TotemContNatNotAChapter, line, "LigneBudget/ContNat", contNat, chapter.Code, PlanName));
        }

        return chapter;
    }

    private ChapterInfo? Derive(string nature, FlowDirection direction, OperationKind kind, int? orderType) =>
        _plan.FindChapterOfAccount(nature, direction, kind, orderType);

    private ChapterInfo? LongestPrefix(string? code)
    {
        if (code is null)
        {
            return null;
        }

        for (var length = code.Length - 1; length > 0; length--)
        {
            if (_plan.FindChapter(code[..length]) is { } chapter)
            {
                return chapter;
            }
        }

        return null;
    }

    /// <summary>
    /// The operation: <c>Operation</c>, else the number of an operation for a third party: <c>OpeCpteTiers</c>, else
    /// the digits <c>ContNat</c> adds to a 45xx account when it is not a chapter (4581001 → 001, 45411 → 1), so that two
    /// operations for different third parties stay two different lines. Optionally after the line's label.
    /// </summary>
    private string? OperationText(TotemLine source, bool chapterGiven)
    {
        var operation = Clean(source.Operation) ?? Clean(source.OpeCpteTiers) ?? (chapterGiven ? null : ThirdPartyNumber(source));
        if (operation is null || !_operationWithLabel || Clean(source.LibCpte) is not { } label)
        {
            return operation;
        }

        return string.Concat(label, ", ", operation);
    }

    private static string? ThirdPartyNumber(TotemLine source)
    {
        var nature = Clean(source.Nature);
        var contNat = Clean(source.ContNat);
        if (nature is null || contNat is null || !nature.StartsWith("45", StringComparison.Ordinal)
            || contNat.Length <= nature.Length || !contNat.StartsWith(nature, StringComparison.Ordinal))
        {
            return null;
        }

        var number = contNat[nature.Length..];
        return number.AsSpan().ContainsAnyExceptInRange('0', '9') ? null : number;
    }

    private static string? Required(string? value, string element, long line, List<Finding> findings)
    {
        var clean = Clean(value);
        if (clean is null)
        {
            findings.Add(Error(FindingCodes.TotemLineMissingElement, line, element, null));
        }

        return clean;
    }

    private static FlowDirection? ParseDirection(string? value, long line, List<Finding> findings) =>
        Clean(value) switch
        {
            null => Missing<FlowDirection>("LigneBudget/CodRD", line, findings),
            "R" => FlowDirection.Recette,
            "D" => FlowDirection.Depense,
            var other => Invalid<FlowDirection>("LigneBudget/CodRD", other, "R, D", line, findings),
        };

    private static OperationKind? ParseKind(string? value, long line, List<Finding> findings) =>
        Clean(value) switch
        {
            null => Missing<OperationKind>("LigneBudget/OpBudg", line, findings),
            "0" => OperationKind.Reel,
            "1" => OperationKind.Ordre,
            var other => Invalid<OperationKind>("LigneBudget/OpBudg", other, "0, 1", line, findings),
        };

    private static int? ParseOrderType(string? value, long line, List<Finding> findings)
    {
        switch (Clean(value))
        {
            case null:
                return null;
            case "1":
                return 1;
            case "2":
                return 2;
            case var other:
                findings.Add(Error(FindingCodes.TotemLineInvalidValue, line, "LigneBudget/TypOpBudg", other, "1, 2"));
                return null;
        }
    }

    private static SpecializedArticle? ParseArticle(string? value, long line, List<Finding> findings) =>
        Clean(value) switch
        {
            null => null,
            "false" or "0" => SpecializedArticle.NonSpecialise,
            "true" or "1" => SpecializedArticle.Specialise,
            var other => Invalid<SpecializedArticle>("LigneBudget/ArtSpe", other, "true, false", line, findings),
        };

    private static BudgetSection? ParseSection(string? value, long line, List<Finding> findings) =>
        Clean(value) switch
        {
            null => null,
            "I" => BudgetSection.Investissement,
            "F" => BudgetSection.Fonctionnement,
            var other => Invalid<BudgetSection>("LigneBudget/CaracSup", other, "I, F", line, findings),
        };

    private static decimal? Amount(string? value, string element, long line, List<Finding> findings)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Amounts.TryParse(value, out var amount))
        {
            return amount;
        }

        findings.Add(Error(FindingCodes.TotemLineInvalidValue, line, element, value, "1234.56"));
        return null;
    }

    private static void CheckLength(string code, string element, long line, List<Finding> findings)
    {
        if (code.Length > MaxCodeLength)
        {
            findings.Add(Error(FindingCodes.TotemCodeTooLong, line, element, code, code.Length.ToString(CultureInfo.InvariantCulture), MaxCodeLength.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static T? Missing<T>(string element, long line, List<Finding> findings)
        where T : struct
    {
        findings.Add(Error(FindingCodes.TotemLineMissingElement, line, element, null));
        return null;
    }

    private static T? Invalid<T>(string element, string value, string allowed, long line, List<Finding> findings)
        where T : struct
    {
        findings.Add(Error(FindingCodes.TotemLineInvalidValue, line, element, value, allowed));
        return null;
    }

    private static bool HasError(List<Finding> findings)
    {
        foreach (var finding in findings)
        {
            if (finding.Severity == FindingSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static string SectionLetter(BudgetSection section) => section == BudgetSection.Investissement ? "I" : "F";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Finding Error(string code, long line, string column, string? value, params string[] arguments) =>
        new(code, FindingSeverity.Error, new SourceLocation(line, column), value, Shortened(arguments));

    /// <summary>Makes a finding with the code's severity; values from the input are shortened in the arguments as in the value.</summary>
    internal static Finding Make(string code, long line, string? column, string? value, params string[] arguments) =>
        new(code, FindingCodes.Describe(code)!.DefaultSeverity, new SourceLocation(line, column), value, Shortened(arguments));

    private static string[] Shortened(string[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Amounts.Shorten(arguments[i]);
        }

        return arguments;
    }
}
