namespace Rubric.Cli.Inputs;

/// <summary>A read-only stream that reports how many bytes were read, for the progress bar.</summary>
internal sealed class ProgressStream : ReadOnlyForwardStream
{
    private readonly Stream _inner;
    private readonly Action<long> _bytesRead;

    public ProgressStream(Stream inner, Action<long> bytesRead)
    {
        _inner = inner;
        _bytesRead = bytesRead;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _inner.Read(buffer, offset, count);
        _bytesRead(read);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
