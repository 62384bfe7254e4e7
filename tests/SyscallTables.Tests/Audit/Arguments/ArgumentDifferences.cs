namespace SyscallTables.Tests.Audit.Arguments;

/// <summary>The deliberate (or not yet closed) differences between our a0-a3 decoding and ausearch 3.0.9's <c>-i</c>.</summary>
public enum ArgumentDifference
{
    /// <summary>
    /// i386 <c>open</c> with <c>O_LARGEFILE</c> (0x8000): ausearch decodes with the host's glibc, where O_LARGEFILE is 0
    /// on x86_64, so it never names the bit; we decode with the kernel's value for the record's arch and name it.
    /// </summary>
    HostOpenFlags,

    /// <summary>
    /// clone's flags are its first argument on x86_64, i386 and aarch64 (kernel/fork.c); ausearch 3.0.9 decodes a2
    /// (the parent_tid pointer) as flags and leaves a0 raw. We decode a0 and leave a2 raw.
    /// </summary>
    CloneFlagsInA0,

    /// <summary>
    /// Input that is already interpreted (beats' test log has <c>arch=x86_64 syscall=execve a0=0x1fd05c0</c>):
    /// ausearch reads the name as syscall 0 (<c>read</c>) and prefixes the hex with a second <c>0x</c>; we keep both.
    /// </summary>
    AlreadyInterpretedInput,

    /// <summary>
    /// An aarch64 record whose argument constants differ from x86's: ausearch decodes every record with the host's
    /// values (x86_64 here), so arm64's <c>O_DIRECTORY</c> (0x4000) comes out as <c>O_DIRECT</c> and <c>O_NOFOLLOW</c>
    /// (0x8000) not at all; we use arm64's fcntl.h (tables/arguments/arm64).
    /// </summary>
    HostArchConstants,

    /// <summary>ausearch 3.0.9's signal table spells signal 30 <c>IGPWR</c>; the kernel's name is <c>SIGPWR</c>.</summary>
    AusearchTypo,

    /// <summary>
    /// A constant Linux 6.12 has and ausearch 3.0.9's tables lack (fcntl <c>F_OFD_GETLK</c>, socket family
    /// <c>AF_MCTP</c>, ...): ausearch prints <c>unknown-...(N)</c>, we print the name.
    /// </summary>
    NewerConstant,

    /// <summary>
    /// 0x02000000 of the clone flags: ausearch prints <c>CLONE_STOPPED</c>, a flag Linux removed in 2.6.38 and reused for
    /// <c>CLONE_NEWCGROUP</c> in 4.6; we print the current kernel's name.
    /// </summary>
    RenamedConstant,

    /// <summary>Arches we have no syscall table for (ppc, ppc64): ausearch names the syscall from its own table; we keep the number.</summary>
    ArchWithoutTable,
}

/// <summary>Classifies a disagreement on a0-a3 or the syscall name into one of <see cref="ArgumentDifference"/>.</summary>
public static class ArgumentDifferences
{
    /// <summary>Differences the public corpus shows.</summary>
    public static IReadOnlyList<ArgumentDifference> SeenInCorpus { get; } =
    [
        ArgumentDifference.HostOpenFlags, ArgumentDifference.CloneFlagsInA0,
        ArgumentDifference.AlreadyInterpretedInput, ArgumentDifference.ArchWithoutTable,
    ];

    /// <summary>Differences only the hand-written records of argument-differences.log show.</summary>
    public static IReadOnlyList<ArgumentDifference> SeenInFixture { get; } =
    [
        ArgumentDifference.HostArchConstants, ArgumentDifference.AusearchTypo, ArgumentDifference.NewerConstant,
        ArgumentDifference.RenamedConstant,
    ];

    /// <summary>The difference that explains ours vs theirs, or null when none does.</summary>
    public static ArgumentDifference? Classify(string field, string ours, string theirs, string raw, string rawArch, string syscall)
    {
        bool hexArch = rawArch.Length > 0 && rawArch.All(Uri.IsHexDigit);
        if (!hexArch || raw.StartsWith("0x", StringComparison.Ordinal))
        {
            return theirs == "0x" + ours || field == "syscall" ? ArgumentDifference.AlreadyInterpretedInput : null;
        }

        if (field == "syscall" && syscall == "?" && rawArch is not ("c000003e" or "40000003" or "c00000b7"))
        {
            return ArgumentDifference.ArchWithoutTable;
        }

        if (syscall is "open" or "openat" && ours.Replace("|O_LARGEFILE", "", StringComparison.Ordinal) == theirs)
        {
            return ArgumentDifference.HostOpenFlags;
        }

        if (syscall == "clone" && ((field == "a0" && theirs == "0x" + raw) || (field == "a2" && ours == "0x" + raw)))
        {
            return ArgumentDifference.CloneFlagsInA0;
        }

        if (ours == "SIGPWR" && theirs == "IGPWR")
        {
            return ArgumentDifference.AusearchTypo;
        }

        if (ours.Replace("CLONE_NEWCGROUP", "CLONE_STOPPED", StringComparison.Ordinal) == theirs)
        {
            return ArgumentDifference.RenamedConstant;
        }

        if (theirs.StartsWith("unknown-", StringComparison.Ordinal) && !ours.StartsWith("unknown-", StringComparison.Ordinal) && ours != "0x" + raw)
        {
            return ArgumentDifference.NewerConstant;
        }

        if (rawArch == "c00000b7" && ours != "0x" + raw && field != "syscall")
        {
            return ArgumentDifference.HostArchConstants;
        }

        return null;
    }
}
