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
    /// values (x86_64 here), so arm64's <c>O_DIRECTORY</c> (0x4000) comes out as <c>O_DIRECT</c>, <c>O_NOFOLLOW</c>
    /// (0x8000) not at all, and 0x40 of mmap's flags as x86's <c>MAP_32BIT</c>; we use arm64's headers
    /// (tables/arguments/arm64). Only names whose values differ between the two arches' headers are counted here.
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

    /// <summary>
    /// A name ausearch 3.0.9 still prints for a value Linux 6.12 no longer defines (<c>MSG_SENDPAGE_NOTLAST</c>, gone in
    /// 6.5; <c>TCP_COOKIE_TRANSACTIONS</c>, gone in 3.10): we leave the bit out or print the value.
    /// </summary>
    RemovedConstant,

    /// <summary>
    /// A protocol number Linux has no <c>IPPROTO_*</c> for (3, <c>ggp</c>): ausearch asks netbase's /etc/protocols; we
    /// name only the protocols the kernel defines.
    /// </summary>
    ProtocolOnlyInNetbase,

    /// <summary>
    /// readlinkat's a2 is the buffer; ausearch 3.0.9 decodes it as a directory descriptor (AT_FDCWD for 0xffffff9c).
    /// We leave the pointer raw.
    /// </summary>
    ReadlinkatBufferAsDirfd,

    /// <summary>
    /// personality: ausearch's table lookup names values that are no persona (0x400000, READ_IMPLIES_EXEC alone, comes
    /// out as <c>PER_LINUX</c>); we match the whole value against the kernel's <c>PER_*</c> and say unknown otherwise.
    /// </summary>
    AusearchPersonalityLookup,

    /// <summary>
    /// Arches we have no syscall table for: ausearch names the syscall from its own table; we keep the number. Every arch
    /// ausearch 3.0.9 knows has a table here now, so neither the corpus nor the fixture shows it.
    /// </summary>
    ArchWithoutTable,
}

/// <summary>Classifies a disagreement on a0-a3 or the syscall name into one of <see cref="ArgumentDifference"/>.</summary>
public static class ArgumentDifferences
{
    /// <summary>Differences the public corpus shows.</summary>
    public static IReadOnlyList<ArgumentDifference> SeenInCorpus { get; } =
    [
        ArgumentDifference.HostOpenFlags, ArgumentDifference.CloneFlagsInA0,
        ArgumentDifference.AlreadyInterpretedInput,
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

        bool oursRaw = ours == "0x" + raw || ours.StartsWith("unknown-", StringComparison.Ordinal);
        bool theirsRaw = theirs == "0x" + raw || theirs.StartsWith("unknown-", StringComparison.Ordinal);
        if (syscall is "open" or "openat" or "mq_open" or "open_by_handle_at" && ours.Replace("|O_LARGEFILE", "", StringComparison.Ordinal) == theirs)
        {
            return ArgumentDifference.HostOpenFlags;
        }

        if (syscall == "clone" && ((field == "a0" && theirs == "0x" + raw) || (field == "a2" && ours == "0x" + raw)))
        {
            return ArgumentDifference.CloneFlagsInA0;
        }

        if (syscall == "readlinkat" && field == "a2" && theirs == "AT_FDCWD" && ours == "0x" + raw)
        {
            return ArgumentDifference.ReadlinkatBufferAsDirfd;
        }

        if (syscall == "personality" && theirs.StartsWith("PER_", StringComparison.Ordinal) && ours.StartsWith("unknown-personality", StringComparison.Ordinal))
        {
            return ArgumentDifference.AusearchPersonalityLookup;
        }

        if (ours == "SIGPWR" && theirs == "IGPWR")
        {
            return ArgumentDifference.AusearchTypo;
        }

        // CLONE_PIDFD (newer than ausearch) may come along in the same value.
        if (ours.Contains("CLONE_NEWCGROUP", StringComparison.Ordinal)
            && ours.Replace("CLONE_NEWCGROUP", "CLONE_STOPPED", StringComparison.Ordinal).Replace("|CLONE_PIDFD", "", StringComparison.Ordinal) == theirs)
        {
            return ArgumentDifference.RenamedConstant;
        }

        string[] removed = ["MSG_SENDPAGE_NOTLAST", "TCP_COOKIE_TRANSACTIONS"];
        if (theirs.Split('|').Except(ours.Split('|')).All(removed.Contains) && (oursRaw || ours.Split('|').All(theirs.Split('|').Contains)))
        {
            return ArgumentDifference.RemovedConstant;
        }

        if (oursRaw && !theirsRaw && (syscall, field) is ("socket", "a2") or ("setsockopt" or "getsockopt", "a1") && theirs.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return ArgumentDifference.ProtocolOnlyInNetbase;
        }

        if (theirsRaw && !oursRaw)
        {
            return ArgumentDifference.NewerConstant;
        }

        // Only names whose value differs between arm64's and x86's headers may tell the two texts apart.
        if (rawArch == "c00000b7" && field != "syscall")
        {
            string[] differing = [.. ours.Split('|').Except(theirs.Split('|')).Concat(theirs.Split('|').Except(ours.Split('|')))];
            if (differing.Length > 0 && differing.All(name => KernelArgumentHeaders.X86.Find(name) != KernelArgumentHeaders.Arm64.Find(name)))
            {
                return ArgumentDifference.HostArchConstants;
            }
        }

        return null;
    }
}
