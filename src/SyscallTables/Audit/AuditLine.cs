using System;

namespace SyscallTables.Audit;

/// <summary>
/// One line as <see cref="AuditRecordReader"/> read it: either an audit record or a line that is not one (passed
/// through unchanged). Valid until the reader's next <see cref="AuditRecordReader.Read"/>.
/// </summary>
public readonly ref struct AuditLine
{
    private readonly AuditRecord _record;

    internal AuditLine(ReadOnlySpan<byte> bytes, bool endsWithNewline, bool isPiece, long number, bool isRecord, AuditRecord record)
    {
        Bytes = bytes;
        EndsWithNewline = endsWithNewline;
        IsPiece = isPiece;
        Number = number;
        IsRecord = isRecord;
        _record = record;
    }

    /// <summary>The line's bytes without the <c>\n</c> that ended it (a <c>\r</c> before it is kept).</summary>
    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>
    /// Whether a <c>\n</c> followed <see cref="Bytes"/> in the input. It does not for a last line the input ended in
    /// the middle of, nor for a piece of a line longer than the reader's maximum; writing <see cref="Bytes"/> plus a
    /// <c>\n</c> only where this is <see langword="true"/> reproduces the input byte for byte.
    /// </summary>
    public bool EndsWithNewline { get; }

    /// <summary>
    /// Whether this is a piece of a line longer than the reader's maximum rather than a whole line: every piece but
    /// the last has <see cref="EndsWithNewline"/> <see langword="false"/>. A piece is never a record; pass it through.
    /// </summary>
    public bool IsPiece { get; }

    /// <summary>The 1-based number of the line in the input (a split over-long line counts once per piece).</summary>
    public long Number { get; }

    /// <summary>Whether the line is an audit record (a whole line with an audit header); when not, it is to be passed through as it is.</summary>
    public bool IsRecord { get; }

    /// <summary>The record, when <see cref="IsRecord"/>; an empty record otherwise.</summary>
    public AuditRecord Record => _record;
}
