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
    /// A negative exit that is no errno, either below −4095 (an address, such as an i386 mmap2 result above 2 GiB) or
    /// a number without an errno name (512–530 are kernel-internal): ausearch prints <c>(null)(Unknown error N)</c>, we
    /// keep the number.
    /// </summary>
    NegativeExitThatIsNoErrno,

    /// <summary>
    /// An arch value audit.h does not define: ausearch prints <c>unknown-elf-type(HEX)</c> and falls back to the x86_64
    /// syscall table; we keep both numbers.
    /// </summary>
    UnknownArch,

    /// <summary>
    /// Words after the last <c>name=value</c> of a record or of its <c>msg='...'</c> (<c>key=(null) TRAILER</c>):
    /// ausearch drops them, and a message's closing quote with them; we print them, since every byte of a record
    /// may be evidence (text output; see <see cref="UnplacedTextAusearchTests"/>).
    /// </summary>
    WordsAfterLastField,

    /// <summary>
    /// Text glued to a value's closing quote (<c>comm="mkdir"TAIL</c>): ausearch prints the space it puts after every
    /// value over the text's first byte (<c>comm=mkdir AIL</c>); we print the space and the whole text
    /// (<c>comm=mkdir TAIL</c>).
    /// </summary>
    TextAfterClosingQuote,

    /// <summary>
    /// A record with more before its header than one <c>node=HOST</c> (a second <c>node=</c> or <c>type=</c>, a
    /// <c>host=</c> or syslog prefix): ausearch skips the record; we print it, the words before its header first.
    /// </summary>
    WordsBeforeHeader,
}

/// <summary>Recognises the differences listed in <see cref="AusearchDifference"/>, and nothing else.</summary>
internal static class AusearchDifferences
{
    /// <summary>The differences the public corpus shows.</summary>
    public static IReadOnlyList<AusearchDifference> SeenInCorpus { get; } =
        [AusearchDifference.UnknownArch];

    /// <summary>The differences tests/data/audit/ausearch-differences.log shows (records the corpus does not hold).</summary>
    public static IReadOnlyList<AusearchDifference> SeenInFixture { get; } =
        [AusearchDifference.NewerSyscall, AusearchDifference.NegativeExitThatIsNoErrno, AusearchDifference.UnknownArch];

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
            case "syscall" when theirs == $"unknown-syscall({rawSyscall})" && ours == Syscalls.GetName(arch, int.Parse(rawSyscall, System.Globalization.CultureInfo.InvariantCulture)):
                return AusearchDifference.NewerSyscall;
            case "exit" when ours == rawExit && rawExit.StartsWith('-') && theirs == $"(null)(Unknown error {rawExit[1..]})":
                return AusearchDifference.NegativeExitThatIsNoErrno;
            default:
                return null;
        }
    }
}
