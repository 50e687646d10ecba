using System.IO.Abstractions.TestingHelpers;
using Scdl.Budget.Spreadsheets.Tests.Support;
using static Scdl.Budget.Spreadsheets.Tests.Support.TestSheets;

namespace Scdl.Budget.Spreadsheets.Tests.Spreadsheets;

/// <summary>Streaming, sync and async parity, stream ownership, and the file-system entry points.</summary>
public sealed class BudgetSpreadsheetReaderTests
{
    private static readonly string RealFile = "morbihan-departement-ca2021.yatotem2scdl.csv";

    private static string Describe(BudgetRecord record) =>
        $"{record.LineNumber} {(record.Line is null ? "-" : ToCsv(record.Line))} {string.Join(" | ", record.Findings)}";

    [Fact]
    public async Task ReadRecordsAsync_SameRecordsAsReadRecords()
    {
        var bytes = RealFiles.Workbook(RealFile);
        using var reader = BudgetSpreadsheetReader.Create(new MemoryStream(bytes));
        var expected = reader.ReadRecords().Select(Describe).ToList();

        var actual = new List<string>();
        var asyncReader = BudgetSpreadsheetReader.Create(new MemoryStream(bytes));
        await using (asyncReader)
        {
            await foreach (var record in asyncReader.ReadRecordsAsync())
            {
                actual.Add(Describe(record));
            }
        }

        actual.ShouldBe(expected);
        expected.Count.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void ReadRecords_StreamThatCannotSeek_SameRecords()
    {
        var bytes = RealFiles.Workbook(RealFile);
        using var reader = BudgetSpreadsheetReader.Create(new MemoryStream(bytes));
        var expected = reader.ReadRecords().Select(Describe).ToList();

        using var forward = BudgetSpreadsheetReader.Create(new ForwardOnlyStream(bytes));

        forward.ReadRecords().Select(Describe).ToList().ShouldBe(expected);
    }

    [Fact]
    public void ReadRecords_StreamThatCannotSeekBeyondTheLimit_Refused()
    {
        var options = new SpreadsheetReaderOptions { MaxUncompressedSize = 1000 };

        Should.Throw<ScdlFormatException>(() => Read(new ForwardOnlyStream(RealFiles.Workbook(RealFile)), options))
            .Code.ShouldBe(FindingCodes.SpreadsheetTooLarge);
    }

    [Fact]
    public async Task ReadRecordsAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var reader = BudgetSpreadsheetReader.Create(new MemoryStream(RealFiles.Workbook(RealFile)));
        await using (reader)
        {
            await Should.ThrowAsync<OperationCanceledException>(async () =>
            {
                await foreach (var record in reader.ReadRecordsAsync(cancellation.Token))
                {
                    if (record.LineNumber > 10)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            });
        }
    }

    [Fact]
    public void ReadRecords_Lazy_NothingReadBeforeTheFirstRecord()
    {
        var stream = new ForwardOnlyStream(RealFiles.Bytes(RealFile));
        using var reader = BudgetSpreadsheetReader.Create(stream);

        var records = reader.ReadRecords();

        stream.BytesRead.ShouldBe(0);
        Should.Throw<ScdlFormatException>(() => records.First());
    }

    [Fact]
    public void ReadRecords_Twice_Throws()
    {
        using var reader = BudgetSpreadsheetReader.Create(Workbook(Row()));
        reader.ReadRecords().Count().ShouldBe(2);

        Should.Throw<InvalidOperationException>(() => reader.ReadRecords());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Dispose_LeaveOpen_Honoured(bool leaveOpen)
    {
        var stream = Workbook(Row());
        using (var reader = BudgetSpreadsheetReader.Create(stream, leaveOpen: leaveOpen))
        {
            reader.ReadRecords().Count().ShouldBe(2);
        }

        stream.CanRead.ShouldBe(leaveOpen);
    }

    [Fact]
    public void Open_FileSystem_ReadsTheFile()
    {
        var fileSystem = new MockFileSystem(new Dictionary<string, MockFileData> { ["/data/budget.xlsx"] = new(Workbook(Row()).ToArray()) });

        using var reader = BudgetSpreadsheetReader.Open(fileSystem, "/data/budget.xlsx");

        reader.ReadRecords().Count(r => r.Line is not null).ShouldBe(1);
        reader.Header.Count.ShouldBe(22);
        reader.RecordsRead.ShouldBe(1);
    }

    [Fact]
    public async Task ValidateAsync_SameReportAsValidate()
    {
        var bytes = RealFiles.Workbook(RealFile);
        var options = RealFiles.ValidationOptions(RealFile);
        var fileSystem = new MockFileSystem(new Dictionary<string, MockFileData> { ["/data/budget.xlsx"] = new(bytes) });

        var report = BudgetSpreadsheet.Validate(fileSystem, "/data/budget.xlsx", options);
        var asyncReport = await BudgetSpreadsheet.ValidateAsync(fileSystem, "/data/budget.xlsx", options);

        asyncReport.Findings.Kept.ShouldBe(report.Findings.Kept);
        asyncReport.Findings.CountsByCode.ShouldBe(report.Findings.CountsByCode);
        asyncReport.LinesRead.ShouldBe(report.LinesRead);
        report.Source.ShouldBe("budget.xlsx");
    }

    [Fact]
    public async Task NormalizeAsync_SameFileAsNormalize()
    {
        var fileSystem = new MockFileSystem(new Dictionary<string, MockFileData> { ["/data/budget.xlsx"] = new(RealFiles.Workbook(RealFile)) });
        fileSystem.Directory.CreateDirectory("/out");
        var changes = new List<Normalization.CellChange>();
        var options = RealFiles.NormalizationOptions(RealFile) with { OnChange = changes.Add };

        var result = BudgetSpreadsheet.Normalize(fileSystem, "/data/budget.xlsx", "/out/sync.csv", options);
        var asyncResult = await BudgetSpreadsheet.NormalizeAsync(fileSystem, "/data/budget.xlsx", "/out/async.csv", options);

        fileSystem.File.ReadAllText("/out/async.csv").ShouldBe(fileSystem.File.ReadAllText("/out/sync.csv"));
        asyncResult.LinesWritten.ShouldBe(result.LinesWritten);
        asyncResult.ChangeCount.ShouldBe(result.ChangeCount);
        asyncResult.Changes.ShouldBe(result.Changes);
        changes.Count.ShouldBe((int)(result.ChangeCount * 2));
        changes[0].Line.ShouldBe(2); // the first data row: the sheet's header is canonical
    }

    [Fact]
    public void Normalize_HeaderChange_AtTheHeadersSheetRow()
    {
        var header = Header();
        header[0] = XCell.Text("natdec");
        var workbook = Workbooks.Build(("Budget", [[null], [null], header, Row()]));
        var output = new MemoryStream();

        var result = BudgetSpreadsheet.Normalize(new MemoryStream(workbook), output);

        result.Changes[0].Line.ShouldBe(3);
        result.Changes[0].Column.ShouldBeNull();
        result.LinesWritten.ShouldBe(1);
        result.UnresolvedCount.ShouldBe(0);
        result.Findings.CountOf(FindingCodes.SpreadsheetNotCsv).ShouldBe(1);
    }

    /// <summary>A stream that reads forward only, as a network upload, and counts what was read.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
