using System;
using System.IO;
using System.Text;

namespace SyscallTables.Cli;

/// <summary>
/// stdout or stderr as every command writes to them, whatever writer <see cref="SyscallsCli.Run"/> was given (the
/// program's, over <see cref="FileDescriptorStream"/>, or a test's). On stdout a failed write becomes an
/// <see cref="IOFailureException"/> naming stdout, which ends the command with one error line. On stderr a failed
/// write is ignored: there is nowhere left to tell it, and the exit code still does.
/// </summary>
/// <remarks>After a failure, later writes are dropped: the first failure is the one to report.</remarks>
internal sealed class StandardTextWriter : TextWriter
{
    private readonly bool _failuresEndTheCommand;
    private bool _failed;

    private StandardTextWriter(TextWriter inner, bool failuresEndTheCommand)
        : base(inner.FormatProvider)
    {
        Inner = inner;
        _failuresEndTheCommand = failuresEndTheCommand;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <summary>The writer given to the CLI.</summary>
    public TextWriter Inner { get; }

    public override Encoding Encoding => Inner.Encoding;

    public static StandardTextWriter ForOutput(TextWriter stdout) => stdout as StandardTextWriter ?? new StandardTextWriter(stdout, failuresEndTheCommand: true);

    public static StandardTextWriter ForErrors(TextWriter stderr) => stderr as StandardTextWriter ?? new StandardTextWriter(stderr, failuresEndTheCommand: false);

    public override void Write(char value)
    {
        if (!_failed)
        {
            try
            {
                Inner.Write(value);
            }
            catch (IOException e)
            {
                Fail(e);
            }
        }
    }

    public override void Write(string? value)
    {
        if (!_failed)
        {
            try
            {
                Inner.Write(value);
            }
            catch (IOException e)
            {
                Fail(e);
            }
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (!_failed)
        {
            try
            {
                Inner.Write(buffer);
            }
            catch (IOException e)
            {
                Fail(e);
            }
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Flush()
    {
        if (!_failed)
        {
            try
            {
                Inner.Flush();
            }
            catch (IOException e)
            {
                Fail(e);
            }
        }
    }

    private void Fail(IOException exception)
    {
        _failed = true;
        if (_failuresEndTheCommand)
        {
            throw IOFailureException.FromWrite(exception, "stdout");
        }
    }
}
