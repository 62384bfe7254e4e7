namespace SyscallTables.Tests.Audit;

/// <summary>The deliberate differences between <see cref="SyscallTables.Audit.FieldInterpreter"/> and ausearch 3.0.9's <c>-i</c>.</summary>
public enum AusearchDifference
{
    /// <summary>
    /// ausearch prints <c>unknown-syscall(N)</c> for syscalls newer than its tables (it ends at 450); we print the
    /// kernel's name. See <see cref="KnownDifferences.NumbersNewerThanAusyscall"/>.
    /// </summary>
    NewerSyscall,

    /// <summary>
    /// i386 <c>socketcall</c> and <c>ipc</c>: ausearch names the sub-call from a0 (<c>socketcall(socket)</c>,
    /// <c>ipc(semop)</c>). <see cref="SyscallTables.Audit.FieldInterpreter.Interpret(System.ReadOnlySpan{byte}, System.ReadOnlySpan{byte}, AuditArch, System.Span{byte}, out int, SyscallNaming)"/>,
    /// which this comparison uses, sees only the syscall field and prints the plain name; the event-aware
    /// <c>Interpret(in AuditFieldContext, ...)</c> reads a0 and agrees with ausearch (Arguments/ArgumentConformanceTests).
    /// </summary>
    MultiplexerSubcall,

    /// <summary>
    /// A negative exit that is no errno, either below −4095 (an address, such as an i386 mmap2 result above 2 GiB) or
    /// a number without an errno name (512–530 are kernel-internal): ausearch prints <c>(null)(Unknown error N)</c>, we
    /// keep the number.
    /// </summary>
    NegativeExitThatIsNoErrno,

    /// <summary>
    /// Arches we have no syscall table for (ppc, ppc64, ...): ausearch names the syscall from its own table for that
    /// arch; we keep the number rather than guess.
    /// </summary>
    ArchWithoutTable,

    /// <summary>
    /// An arch value audit.h does not define: ausearch prints <c>unknown-elf-type(HEX)</c> and falls back to the x86_64
    /// syscall table; we keep both numbers.
    /// </summary>
    UnknownArch,

    /// <summary>
    /// A value quoted where the kernel never quotes (laurel's test logs have <c>success="yes"</c>): ausearch prints it
    /// verbatim, quotes included; we interpret the text inside the quotes.
    /// </summary>
    QuotedValue,
}

/// <summary>Recognises the differences listed in <see cref="AusearchDifference"/>, and nothing else.</summary>
internal static class AusearchDifferences
{
    /// <summary>The differences the public corpus shows.</summary>
    public static IReadOnlyList<AusearchDifference> SeenInCorpus { get; } =
        [AusearchDifference.MultiplexerSubcall, AusearchDifference.ArchWithoutTable, AusearchDifference.UnknownArch, AusearchDifference.QuotedValue];

    /// <summary>The differences tests/data/audit/ausearch-differences.log shows (records the corpus does not hold).</summary>
    public static IReadOnlyList<AusearchDifference> SeenInFixture { get; } =
        [AusearchDifference.NewerSyscall, AusearchDifference.MultiplexerSubcall, AusearchDifference.NegativeExitThatIsNoErrno, AusearchDifference.ArchWithoutTable, AusearchDifference.UnknownArch];

    /// <summary>Which listed difference explains <paramref name="ours"/> against <paramref name="theirs"/>, or null.</summary>
    public static AusearchDifference? Classify(string field, string ours, string theirs, string rawArch, string rawSyscall, string rawExit)
    {
        bool archKnown = SyscallTables.Audit.FieldInterpreter.TryParseArch(System.Text.Encoding.ASCII.GetBytes(rawArch), out AuditArch arch);
        switch (field)
        {
            case "arch" when !archKnown && ours == rawArch && theirs == $"unknown-elf-type({rawArch})":
                return AusearchDifference.UnknownArch;
            case "syscall" when !archKnown && ours == rawSyscall:
                return AusearchDifference.UnknownArch;
            case "syscall" when archKnown && !Syscalls.IsSupported(arch) && ours == rawSyscall:
                return AusearchDifference.ArchWithoutTable;
            case "syscall" when theirs == $"unknown-syscall({rawSyscall})" && ours == Syscalls.GetName(arch, int.Parse(rawSyscall, System.Globalization.CultureInfo.InvariantCulture)):
                return AusearchDifference.NewerSyscall;
            case "syscall" when arch == AuditArch.I386 && ours is "socketcall" or "ipc" && theirs.StartsWith(ours + "(", StringComparison.Ordinal):
                return AusearchDifference.MultiplexerSubcall;
            case "success" or "exit" or "arch" or "syscall" when theirs.Length > 2 && theirs[0] == '"' && theirs[^1] == '"' && ours == theirs[1..^1]:
                return AusearchDifference.QuotedValue;
            case "exit" when ours == rawExit && rawExit.StartsWith('-') && theirs == $"(null)(Unknown error {rawExit[1..]})":
                return AusearchDifference.NegativeExitThatIsNoErrno;
            default:
                return null;
        }
    }
}
