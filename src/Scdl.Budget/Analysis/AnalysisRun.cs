using Scdl.Budget.Nomenclature;
using Scdl.Budget.Summary;

namespace Scdl.Budget.Analysis;

/// <summary>
/// One analysis in progress: an accumulator per document, in the order documents first appear. Memory grows with the
/// number of documents (at most <see cref="MaxDocuments"/>), chapters and functions, never with the number of lines.
/// </summary>
internal sealed class AnalysisRun
{
    /// <summary>The most documents analysed; lines of further documents are counted in <see cref="BudgetAnalysis.LinesNotCounted"/> only.</summary>
    internal const int MaxDocuments = 10_000;

    private readonly AnalysisOptions _options;
    private readonly string? _norme;
    private readonly IReadOnlyList<DefinitionRow> _rows;
    private readonly Dictionary<DocumentKey, DocumentAccumulator> _documents = [];
    private readonly List<DocumentAccumulator> _ordered = [];
    private DocumentKey _lastKey;
    private DocumentAccumulator? _last;
    private long _linesNotCounted;

    public AnalysisRun(AnalysisOptions? options)
    {
        _options = options ?? AnalysisOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.TopFunctions, nameof(options));
        _norme = NormeOf(_options.Nomenclature);
        _rows = FigureDefinitions.BuiltIn.For(_norme);
    }

    public void Add(BudgetRecord record)
    {
        if (record.Line is { } line)
        {
            Add(line);
        }
        else
        {
            _linesNotCounted++;
        }
    }

    public void Add(BudgetLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var key = DocumentKey.Of(line);
        if (_last is null || key != _lastKey)
        {
            if (!_documents.TryGetValue(key, out var document))
            {
                if (_ordered.Count >= MaxDocuments)
                {
                    _linesNotCounted++;
                    return;
                }

                document = new DocumentAccumulator(key, line.AuthorityName, _rows);
                _documents.Add(key, document);
                _ordered.Add(document);
            }

            (_last, _lastKey) = (document, key);
        }

        if (!_last.Add(line))
        {
            // Its amounts would take the document's totals out of range: left out, as validation reports (SCDL323).
            _linesNotCounted++;
        }
    }

    public BudgetAnalysis Build() => new([.. _ordered.Select(d => d.Build(_norme, _options))], _linesNotCounted);

    /// <summary>
    /// Returns the norme of a nomenclature (<c>M57</c> of <c>M57-M57_A</c> or <c>M57_A</c>, <c>M4</c> of
    /// <c>M4-M43_D</c>), the key of the definitions, or <see langword="null"/> when none is given or it cannot be read.
    /// </summary>
    private static string? NormeOf(string? nomenclature) =>
        NomenclatureId.TryParse(2000, nomenclature, out var id) ? id.Norme : null;
}
