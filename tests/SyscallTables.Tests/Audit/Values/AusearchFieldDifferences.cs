namespace SyscallTables.Tests.Audit.Values;

/// <summary>
/// The deliberate or unavoidable differences between our field values and ausearch 3.0.9's <c>-i</c>, for fields other
/// than arch, syscall, success, exit and SYSCALL a0-a3 (those are <see cref="AusearchDifference"/>).
/// </summary>
public enum AusearchFieldDifference
{
    /// <summary>
    /// Words of a user-space message that only look like fields (<c>msg='PAM: session open acct=root : exe=/usr/sbin/crond
    /// (hostname=?, addr=?  terminal=cron res=success)'</c>): ausearch's own tokenizer drops the parentheses, commas and
    /// colons and interprets what remains (<c>(sauid=81,</c> becomes <c>sauid=unknown(81)</c>); we keep such words as
    /// written.
    /// </summary>
    ProseInMessage,

    /// <summary>
    /// An ENRICHED record whose enrichment disagrees with its own raw value (a hand-edited test log's
    /// <c>SADDR={ saddr_fam=inet6 laddr=2a02:cf40:: ... }</c> next to bytes that say <c>::2a02:cf40:0</c>, or an older
    /// auditd's <c>{ fam=netlink ... }</c>): ausearch prints the enrichment for any field, we decode the raw value and take
    /// only account names from the enrichment.
    /// </summary>
    EnrichmentPreferred,

    /// <summary>
    /// A non-numeric id (<c>auid=?</c> in an old DAEMON_END record, <c>uid=vagrant</c> in a log that holds already
    /// interpreted lines): ausearch's strtoul reads it as 0 and prints <c>root</c>; we keep the value as written.
    /// </summary>
    NonNumericId,

    /// <summary>
    /// A hex string with junk after it (<c>key=65786563013634626974"</c>, a damaged line): ausearch decodes the hex
    /// prefix; we keep the value as written rather than guess.
    /// </summary>
    MalformedHex,

    /// <summary>
    /// AppArmor's label with a space (<c>subj=/usr/sbin/cupsd (enforce)</c>): ausearch stops interpreting the message
    /// after it and prints <c>acct="user"</c> quoted; we interpret every field.
    /// </summary>
    SpacedSubject,

    /// <summary>
    /// The scope of a link-local IPv6 address (<c>fe80::1%1</c>): ausearch asks getnameinfo(3), which names the
    /// interface of that index on the host reading the log (<c>%lo</c>), not the one that wrote it; we print the index
    /// the record holds.
    /// </summary>
    LinkLocalScopeName,
}

/// <summary>One field whose texts differ: the record type, the field, its value as written, our text and ausearch's.</summary>
internal sealed record FieldComparison(string RecordType, string Name, string Raw, string Ours, string Theirs, bool InMessage,
    string? Enrichment, bool SpacedSubject);

/// <summary>Recognises the differences listed in <see cref="AusearchFieldDifference"/>, and nothing else.</summary>
internal static partial class AusearchFieldDifferences
{
    /// <summary>The differences the public corpus shows.</summary>
    public static IReadOnlyList<AusearchFieldDifference> SeenInCorpus { get; } =
    [
        AusearchFieldDifference.ProseInMessage, AusearchFieldDifference.EnrichmentPreferred, AusearchFieldDifference.NonNumericId,
        AusearchFieldDifference.MalformedHex, AusearchFieldDifference.SpacedSubject,
    ];

    /// <summary>The differences Audit/Values/ausearch-values.log shows (records the corpus does not hold).</summary>
    public static IReadOnlyList<AusearchFieldDifference> SeenInFixture { get; } = [AusearchFieldDifference.LinkLocalScopeName];

    /// <summary>Which listed difference explains the comparison, or null.</summary>
    public static AusearchFieldDifference? Classify(FieldComparison c)
    {
        bool keptAsWritten = c.Ours == c.Raw;
        if (c.InMessage && (c.Name.StartsWith('(') || c.Raw.EndsWith(',') || c.Raw.EndsWith(')') || c.Raw.EndsWith(':')))
        {
            return AusearchFieldDifference.ProseInMessage;
        }

        if (c.Enrichment is not null && c.Theirs == c.Enrichment)
        {
            return AusearchFieldDifference.EnrichmentPreferred;
        }

        if (keptAsWritten && IsIdName(c.Name) && !c.Raw.All(char.IsAsciiDigit) && c.Theirs is "root")
        {
            return AusearchFieldDifference.NonNumericId;
        }

        if (keptAsWritten && c.Raw.Length > 2 && char.IsAsciiHexDigit(c.Raw[0]) && !c.Raw.All(char.IsAsciiHexDigit)
            && c.Theirs.Length < c.Raw.Length)
        {
            return AusearchFieldDifference.MalformedHex;
        }

        if (c.Name == "saddr" && ScopeIndex().Replace(c.Ours, "%") == ScopeName().Replace(c.Theirs, "%") && c.Ours != c.Theirs)
        {
            return AusearchFieldDifference.LinkLocalScopeName;
        }

        if (c.SpacedSubject && c.Theirs == c.Raw)
        {
            return AusearchFieldDifference.SpacedSubject;
        }

        return null;
    }

    private static bool IsIdName(string name) => name is "uid" or "auid" or "gid" or "euid" or "suid" or "fsuid" or "egid"
        or "sgid" or "fsgid" or "ouid" or "ogid" or "id" or "ses";

    [System.Text.RegularExpressions.GeneratedRegex(@"%[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex ScopeIndex();

    [System.Text.RegularExpressions.GeneratedRegex(@"%[A-Za-z0-9_.-]+")]
    private static partial System.Text.RegularExpressions.Regex ScopeName();
}
