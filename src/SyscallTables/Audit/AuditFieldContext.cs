using System;

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
        AuditArch arch = default;
        int syscall = NoSyscall;
        if (record.TryGetField("arch"u8, out AuditField archField))
        {
            FieldInterpreter.TryParseArch(archField.Value, out arch);
        }

        if (record.TryGetField("syscall"u8, out AuditField syscallField)
            && System.Buffers.Text.Utf8Parser.TryParse(syscallField.Value, out int number, out int consumed)
            && consumed == syscallField.Value.Length && number >= 0)
        {
            syscall = number;
        }

        return new AuditFieldContext(record, arch, syscall, naming, accounts);
    }
}
