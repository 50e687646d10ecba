using CsvHelper;

namespace Scdl.Budget.Benchmarks;

/// <summary>The baseline of the CSV benchmarks: raw CsvHelper enumeration of the same bytes, every field read as a string.</summary>
internal static class RawCsv
{
    public static long ReadEveryFieldAsString(byte[] bytes, char separator)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { Separator = separator });
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i)?.Length ?? 0;
            }
        }

        return total;
    }
}
