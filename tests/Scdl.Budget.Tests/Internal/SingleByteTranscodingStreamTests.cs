using System.Text;
using Scdl.Budget.Internal;
using Scdl.Budget.Tests.Csv;

namespace Scdl.Budget.Tests.Internal;

public sealed class SingleByteTranscodingStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Read_AnyBufferSize_GivesTheEncodingsOwnText(int bufferSize)
    {
        var encoding = MessyDialect.Windows1252;
        var random = new Random(bufferSize);
        var bytes = Enumerable.Range(0, 100_000).Select(_ => random.Next(4) == 0 ? (byte)random.Next(0x80, 0x100) : (byte)random.Next(0x20, 0x7F)).ToArray();
        using var stream = new SingleByteTranscodingStream(new MemoryStream(bytes), encoding, leaveOpen: false);
        using var output = new MemoryStream();
        var buffer = new byte[bufferSize];
        int n;

        while ((n = stream.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, n);
        }

        output.ToArray().ShouldBe(Encoding.UTF8.GetBytes(encoding.GetString(bytes)));
    }

    [Fact]
    public void Supports_SingleByteAsciiCompatibleEncodingsOnly()
    {
        SingleByteTranscodingStream.Supports(MessyDialect.Windows1252).ShouldBeTrue();
        SingleByteTranscodingStream.Supports(Encoding.Latin1).ShouldBeTrue();
        SingleByteTranscodingStream.Supports(Encoding.Unicode).ShouldBeFalse();
        SingleByteTranscodingStream.Supports(Encoding.UTF8).ShouldBeFalse();
    }
}
