using System;
using System.Buffers.Text;

namespace SyscallTables.Audit;

/// <summary>
/// What interpreting one field may need beyond its own text: the record it sits in, and the event's arch and syscall
/// (a <c>PATH</c> or <c>SOCKADDR</c> record has neither; they come from the event's <c>SYSCALL</c> record). Built once
/// per record by whoever walks the event; nothing is allocated.
/// </summary>
public readonly ref struct AuditFieldContext
{
    /// <summary>The value of <see cref="Syscall"/> when the event has no syscall.</summary>
    public const int NoSyscall = -1;

    /// <summary>Creates a context for the fields of <paramref name="record"/>.</summary>
    /// <param name="record">The record whose fields are interpreted.</param>
    /// <param name="arch">The event's arch (its SYSCALL record's <c>arch=</c>); <c>default</c> when unknown.</param>
    /// <param name="syscall">The event's syscall number; <see cref="NoSyscall"/> when it has none.</param>
    /// <param name="naming">Kernel or audit-userspace syscall names.</param>
    /// <param name="accounts">Resolves ids to account names; <see langword="null"/> prints ids (or the record's ENRICHED names).</param>
    public AuditFieldContext(AuditRecord record, AuditArch arch, int syscall, SyscallNaming naming = SyscallNaming.Kernel,
        IAccountNames? accounts = null)
    {
        Record = record;
        Arch = arch;
        Syscall = syscall;
        Naming = naming;
        Accounts = accounts;
    }

    private AuditFieldContext(AuditRecord record, AuditArch arch, int syscall, SyscallNaming naming, IAccountNames? accounts,
        RecordArguments arguments)
        : this(record, arch, syscall, naming, accounts)
    {
        Arguments = arguments;
    }

    /// <summary>The record whose fields are interpreted (for its type and its ENRICHED names).</summary>
    public AuditRecord Record { get; }

    /// <summary>The record type (<c>SYSCALL</c>, <c>PATH</c>): <c>a0</c> is a syscall argument in one and an argument string in <c>EXECVE</c>.</summary>
    public ReadOnlySpan<byte> RecordType => Record.Type;

    /// <summary>The event's arch; <c>default</c> when unknown.</summary>
    public AuditArch Arch { get; }

    /// <summary>The event's syscall number, or <see cref="NoSyscall"/>.</summary>
    public int Syscall { get; }

    /// <summary>Kernel or audit-userspace syscall names.</summary>
    public SyscallNaming Naming { get; }

    /// <summary>Resolves ids to account names, or <see langword="null"/>.</summary>
    public IAccountNames? Accounts { get; }

    /// <summary>Creates the context for a record that carries its own arch and syscall (a SYSCALL or SECCOMP record).</summary>
    /// <param name="record">The record.</param>
    /// <param name="naming">Kernel or audit-userspace syscall names.</param>
    /// <param name="accounts">Resolves ids to account names, or <see langword="null"/>.</param>
    /// <returns>The context, with arch and syscall taken from the record's own fields when present.</returns>
    public static AuditFieldContext ForRecord(AuditRecord record, SyscallNaming naming = SyscallNaming.Kernel, IAccountNames? accounts = null)
    {
        // One pass over the leading fields: arch, syscall, a0 and a1 come early in a SYSCALL record, and a0/a1 are
        // kept because decoding a2/a3 (and i386's socketcall name) needs them; looking each up again per argument
        // cost a quarter of the interpreter's field parsing.
        AuditArch arch = default;
        int syscall = NoSyscall;
        RecordArguments arguments = default;
        int wanted = 4;
        foreach (AuditField field in record.Fields)
        {
            ReadOnlySpan<byte> name = field.Name;
            if (field.IsQuoted || field.IsEnriched || field.IsInMessage)
            {
                continue;
            }

            if (name.SequenceEqual("arch"u8))
            {
                FieldInterpreter.TryParseArch(field.Value, out arch);
            }
            else if (name.SequenceEqual("syscall"u8))
            {
                if (Utf8Parser.TryParse(field.Value, out int number, out int consumed) && consumed == field.Value.Length && number >= 0)
                {
                    syscall = number;
                }
            }
            else if (name.SequenceEqual("a0"u8))
            {
                arguments.HasA0 = TryParseHex(field.Value, out arguments.A0);
            }
            else if (name.SequenceEqual("a1"u8))
            {
                arguments.HasA1 = TryParseHex(field.Value, out arguments.A1);
            }
            else
            {
                continue;
            }

            if (--wanted == 0)
            {
                break;
            }
        }

        arguments.IsKnown = true;
        return new AuditFieldContext(record, arch, syscall, naming, accounts, arguments);
    }

    /// <summary>a0 and a1 of the record, when <see cref="ForRecord"/> read them (other contexts look them up on demand).</summary>
    internal RecordArguments Arguments { get; }

    private static bool TryParseHex(ReadOnlySpan<byte> value, out ulong number)
    {
        number = 0;
        return !value.IsEmpty && value.Length <= 16 && !value.ContainsAnyExcept("0123456789abcdefABCDEF"u8)
            && Utf8Parser.TryParse(value, out number, out int consumed, 'x') && consumed == value.Length;
    }
}

/// <summary>The first two syscall arguments of a SYSCALL record, parsed once per record.</summary>
internal struct RecordArguments
{
    public bool IsKnown;
    public bool HasA0;
    public bool HasA1;
    public ulong A0;
    public ulong A1;
}
