namespace SyscallTables.Tests.Audit;

/// <summary>
/// Why a field of a record the running kernel wrote may be printed differently by us and by <c>ausearch -i</c> in
/// <see cref="KernelConformanceTests"/>. Anything not recognised here fails the test.
/// </summary>
public enum KernelConformanceDifference
{
    /// <summary>
    /// We print the value as the line has it (or, for <c>a0</c>–<c>a3</c>, as plain <c>0x</c> hex) where ausearch
    /// decodes it: the decoder for that field has not been written yet. Allowed only for the field names in
    /// <see cref="KernelConformanceDifferences.NotYetInterpreted"/>, each of which must still show the gap.
    /// </summary>
    NotYetInterpreted,
}

/// <summary>Recognises the differences listed in <see cref="KernelConformanceDifference"/>, and nothing else.</summary>
internal static class KernelConformanceDifferences
{
    /// <summary>
    /// Fields of the child's records that ausearch interprets and the library does not yet (the argument decoder and
    /// the value interpreters are being written on their own branches). When one of them starts agreeing everywhere
    /// the test fails until its name is removed here, so the list only ever shrinks.
    /// </summary>
    public static IReadOnlySet<string> NotYetInterpreted { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // SYSCALL: a0-a3 decoded per syscall (flags, modes, AT_FDCWD, socket domain/type, signals).
        "a0", "a1", "a2", "a3",

        // ids: names from the ENRICHED part or the host's accounts, "unset" for 4294967295.
        "auid", "uid", "gid", "euid", "suid", "fsuid", "egid", "sgid", "fsgid", "ses", "ouid", "ogid", "oauid",

        // quoted strings printed without their quotes, hex-encoded strings decoded.
        "comm", "exe", "key", "name", "cwd", "proctitle", "ocomm",

        // SOCKADDR: the address decoded ("{ saddr_fam=inet laddr=127.0.0.1 lport=9 }").
        "saddr",

        // PATH: mode as "dir,755", capabilities as "none"; CONFIG_CHANGE: list and res by name.
        "mode", "cap_fp", "cap_fi", "list", "res",
    };

    /// <summary>
    /// Which listed difference explains <paramref name="ours"/> against <paramref name="theirs"/> for field
    /// <paramref name="name"/> whose value the line holds as <paramref name="raw"/> (quotes included), or null.
    /// </summary>
    public static KernelConformanceDifference? Classify(string name, string raw, string ours, string theirs)
    {
        bool oursIsUninterpreted = ours == raw || (name is "a0" or "a1" or "a2" or "a3" && ours == "0x" + raw);
        return oursIsUninterpreted && theirs != ours && NotYetInterpreted.Contains(name)
            ? KernelConformanceDifference.NotYetInterpreted
            : null;
    }
}
