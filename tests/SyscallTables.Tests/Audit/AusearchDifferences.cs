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

/// <summary>The deliberate differences between our record times and ausearch 3.0.9's (tested in <see cref="AusearchTimeTests"/>).</summary>
public enum AusearchTimeDifference
{
    /// <summary>
    /// Seconds above LONG_MAX − 3: ausearch adds its 2-second event timeout to them and refuses larger ones
    /// (ausearch-lol.c, str2event), printing "Error extracting time stamp" and dropping the event. We print the event,
    /// with <c>?</c> for the date as ausearch prints for any time past localtime's range (after year 2,147,485,547).
    /// </summary>
    SecondsAusearchRefuses,

    /// <summary>
    /// Milliseconds above 999 (the kernel writes three digits): ausearch refuses the time stamp and drops the event,
    /// as above; we print the event with the number as written (<c>.1500</c>), which is what ausearch's own format
    /// (<c>%03u</c>) would give.
    /// </summary>
    MillisecondsAusearchRefuses,

    /// <summary>
    /// Seconds with a sign (<c>msg=audit(-1.000:5)</c>): ausearch reads them with strtoul and prints the time before
    /// 1970; the kernel writes digits only (<c>%llu</c>), and our reader takes the line for one that is not a record and
    /// passes it through unchanged.
    /// </summary>
    SignedSeconds,

    /// <summary>
    /// The locale's date format: ausearch calls setlocale(LC_ALL, "") and prints strftime's <c>%x</c>, so under
    /// LC_ALL=de_DE it prints <c>01.01.1970</c>; we always print the C locale's <c>MM/DD/YY</c>, as ausearch does in
    /// the C and C.UTF-8 locales.
    /// </summary>
    LocaleDateFormat,
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

    /// <summary>A record that shows <paramref name="difference"/> when read by both in the C locale and UTC.</summary>
    public static string TimeExample(AusearchTimeDifference difference) => difference switch
    {
        AusearchTimeDifference.SecondsAusearchRefuses => "type=USER_ACCT msg=audit(9223372036854775805.000:1): pid=1 uid=0 msg='op=x res=success'",
        AusearchTimeDifference.MillisecondsAusearchRefuses => "type=USER_ACCT msg=audit(1710054000.1500:1): pid=1 uid=0 msg='op=x res=success'",
        AusearchTimeDifference.SignedSeconds => "type=USER_ACCT msg=audit(-1.000:1): pid=1 uid=0 msg='op=x res=success'",
        _ => "type=USER_ACCT msg=audit(0.000:1): pid=1 uid=0 msg='op=x res=success'",
    };

    /// <summary>Whether ausearch's output and ours for <see cref="TimeExample"/> differ as <paramref name="difference"/> says.</summary>
    public static bool ShowsTimeDifference(AusearchTimeDifference difference, string theirs, string ours) => difference switch
    {
        AusearchTimeDifference.SecondsAusearchRefuses =>
            theirs.Contains("Error extracting time stamp", StringComparison.Ordinal) && !theirs.Contains("msg=audit(", StringComparison.Ordinal)
            && ours.Contains("msg=audit(?.000:1) : ", StringComparison.Ordinal),
        AusearchTimeDifference.MillisecondsAusearchRefuses =>
            theirs.Contains("Error extracting time stamp", StringComparison.Ordinal) && !theirs.Contains("msg=audit(", StringComparison.Ordinal)
            && ours.Contains("msg=audit(03/10/24 07:00:00.1500:1) : ", StringComparison.Ordinal),
        AusearchTimeDifference.SignedSeconds =>
            theirs.Contains("msg=audit(12/31/69 23:59:59.000:1) : ", StringComparison.Ordinal) && ours == TimeExample(difference) + "\n",
        AusearchTimeDifference.LocaleDateFormat =>
            theirs.Contains("msg=audit(01.01.1970 00:00:00.000:1) : ", StringComparison.Ordinal) && ours.Contains("msg=audit(01/01/70 00:00:00.000:1) : ", StringComparison.Ordinal),
        _ => false,
    };
}
