using System;
using System.Buffers.Text;
using System.Text;

namespace SyscallTables.Audit;

/// <summary>
/// What a SYSCALL record says about the call, as numbers: the arch, the syscall and its outcome. Read alike from a
/// record in the kernel's form (<c>arch=c000003e syscall=83 success=no exit=-17</c>) and from one as
/// <c>ausearch -i</c> prints it (<c>arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists)</c>), whose names
/// are mapped back with the arch's syscall table and the errno table.
/// </summary>
public readonly struct AuditSyscall
{
    private AuditSyscall(AuditArch arch, int number, bool succeeded, int exit)
    {
        Arch = arch;
        Number = number;
        Succeeded = succeeded;
        Exit = exit;
    }

    /// <summary>The record's arch; <see langword="default"/> when it has none audit.h defines.</summary>
    public AuditArch Arch { get; }

    /// <summary>The syscall number.</summary>
    public int Number { get; }

    /// <summary>Whether the call succeeded (<c>success=yes</c>).</summary>
    public bool Succeeded { get; }

    /// <summary>The exit value of a failed call (<c>-17</c>); 0 when <see cref="Succeeded"/>.</summary>
    public int Exit { get; }

    /// <summary>Reads a record's arch, syscall and outcome.</summary>
    /// <param name="record">A record of either form (<see cref="AuditRecord.IsInterpreted"/>).</param>
    /// <param name="call">What was read; its <see cref="Arch"/> is set from <see cref="AuditSyscallStatus.Incomplete"/> on.</param>
    /// <returns>How far the record could be read.</returns>
    public static AuditSyscallStatus TryRead(AuditRecord record, out AuditSyscall call)
    {
        call = default;
        if (!record.Type.SequenceEqual("SYSCALL"u8))
        {
            return AuditSyscallStatus.NotSyscall;
        }

        AuditArch arch;
        AuditArch? namedBy = null;
        if (!record.TryGetField("arch"u8, out AuditField archField)
            || !(record.IsInterpreted ? TryParseInterpretedArch(archField.Value, out arch, out namedBy) : AuditArchs.TryParseHex(archField.Value, out arch)))
        {
            return AuditSyscallStatus.UnknownArch;
        }

        call = new AuditSyscall(arch, 0, false, 0);
        int number = 0;
        if (!record.TryGetField("syscall"u8, out AuditField syscallField)
            || !(record.IsInterpreted ? TryParseInterpretedSyscall(namedBy, syscallField.Value, out number) : TryParseWhole(syscallField.Value, out number))
            || !record.TryGetField("success"u8, out AuditField successField))
        {
            return AuditSyscallStatus.Incomplete;
        }

        bool succeeded = successField.Value.SequenceEqual("yes"u8);
        int exit = 0;
        if (!succeeded && (!record.TryGetField("exit"u8, out AuditField exitField)
            || !(record.IsInterpreted ? TryParseInterpretedExit(exitField.Value, out exit) : TryParseWhole(exitField.Value, out exit))))
        {
            return AuditSyscallStatus.Incomplete;
        }

        call = new AuditSyscall(arch, number, succeeded, exit);
        return AuditSyscallStatus.Complete;
    }

    // ausearch names an arch by audit-userspace's machine name, which for arm's 0x40000028 is "armeb" (the first of arm's
    // names; armeb's own 0x28 it does not know). An arch it has no table for is "unknown-elf-type(c00000f3)", and the
    // syscall of such a record is named from the table of the machine ausearch runs on (pause for riscv64's mkdirat 34
    // on x86_64), so it is mapped back with that table; on a machine audit-userspace does not know it stays a number.
    private static bool TryParseInterpretedArch(ReadOnlySpan<byte> text, out AuditArch arch, out AuditArch? namedBy)
    {
        if (text.SequenceEqual("armeb"u8))
        {
            arch = AuditArch.Arm;
            namedBy = arch;
            return true;
        }

        if (text.StartsWith("unknown-elf-type("u8))
        {
            namedBy = AuditArchs.Host is AuditArch host && AuditArchs.IsAuditUserspaceMachine(host) ? host : null;
            return AuditArchs.TryParseHex(InParentheses(text), out arch);
        }

        Span<char> chars = stackalloc char[NameChars];
        arch = default;
        bool known = TryAsAscii(text, chars, out int length) && AuditArchs.TryParse(chars[..length], out arch);
        namedBy = arch;
        return known;
    }

    // A name (mkdir, or an audit-userspace name such as pread), a number, or ausearch's "unknown-syscall(463)". The
    // multiplexers carry the call they made in parentheses: "socketcall(socket)", "ipc(semop)" (ausearch-lookup.c).
    private static bool TryParseInterpretedSyscall(AuditArch? namedBy, ReadOnlySpan<byte> text, out int syscall)
    {
        syscall = 0;
        int open = text.IndexOf((byte)'(');
        return (namedBy is AuditArch table && (Syscalls.TryGetNumber(table, text, out syscall) || (open > 0 && Syscalls.TryGetNumber(table, text[..open], out syscall))))
            || TryParseWhole(InParentheses(text), out syscall);
    }

    // "EEXIST(File exists)"; a bare number; or, for an exit glibc has no name for, "(null)(Unknown error 512)".
    private static bool TryParseInterpretedExit(ReadOnlySpan<byte> text, out int exit)
    {
        if (text.StartsWith("(null)(Unknown error "u8) && text[^1] == (byte)')'
            && TryParseWhole(text["(null)(Unknown error ".Length..^1], out int unknown))
        {
            exit = -unknown;
            return true;
        }

        int open = text.IndexOf((byte)'(');
        ReadOnlySpan<byte> name = open < 0 ? text : text[..open];
        Span<char> chars = stackalloc char[NameChars];
        if (name.Length > 0 && name[0] == (byte)'E' && TryAsAscii(name, chars, out int length) && Errnos.TryGetNumber(chars[..length], out int errno))
        {
            exit = -errno;
            return true;
        }

        return TryParseWhole(name, out exit);
    }

    // Arch and errno names are short ASCII words, looked up without a string per event.
    private const int NameChars = 32;

    private static bool TryAsAscii(ReadOnlySpan<byte> text, Span<char> chars, out int length)
    {
        length = 0;
        if (text.Length > chars.Length || !Ascii.IsValid(text))
        {
            return false;
        }

        length = Encoding.ASCII.GetChars(text, chars);
        return true;
    }

    private static ReadOnlySpan<byte> InParentheses(ReadOnlySpan<byte> text)
    {
        int open = text.IndexOf((byte)'(');
        return open >= 0 && text[^1] == (byte)')' ? text[(open + 1)..^1] : text;
    }

    private static bool TryParseWhole(ReadOnlySpan<byte> text, out int value) =>
        Utf8Parser.TryParse(text, out value, out int consumed) && consumed == text.Length && consumed > 0;
}

/// <summary>How far <see cref="AuditSyscall.TryRead"/> could read a record.</summary>
public enum AuditSyscallStatus
{
    /// <summary>The record is not a SYSCALL record.</summary>
    NotSyscall,

    /// <summary>A SYSCALL record without an arch audit.h defines.</summary>
    UnknownArch,

    /// <summary>A SYSCALL record with an arch but without a syscall number or outcome that reads.</summary>
    Incomplete,

    /// <summary>Arch, syscall and outcome were read.</summary>
    Complete,
}
