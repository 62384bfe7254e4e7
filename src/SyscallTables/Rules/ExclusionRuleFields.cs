using System;
using System.Collections.Generic;

namespace SyscallTables.Rules;

/// <summary>
/// Record fields that split the groups of <see cref="ExclusionRuleBuilder"/> beyond arch, syscall and exit
/// (<c>syscalls rule --by exe,auid</c>).
/// </summary>
[Flags]
public enum ExclusionRuleFields
{
    /// <summary>Arch, syscall and exit only.</summary>
    None = 0,

    /// <summary>The executable; the rule gets <c>-F exe=</c>.</summary>
    Exe = 1,

    /// <summary>The login uid; the rule gets <c>-F auid=</c> (<c>unset</c> for 4294967295).</summary>
    Auid = 2,

    /// <summary>The real uid; the rule gets <c>-F uid=</c>.</summary>
    Uid = 4,

    /// <summary>The effective uid; the rule gets <c>-F euid=</c>.</summary>
    Euid = 8,

    /// <summary>The real gid; the rule gets <c>-F gid=</c>.</summary>
    Gid = 16,

    /// <summary>The effective gid; the rule gets <c>-F egid=</c>.</summary>
    Egid = 32,

    /// <summary>
    /// The key of the rule that logged the event. Groups only: the kernel matches <c>-F key=</c> against the rule's
    /// own key, never against the key a later rule would give, so the key is named in the comment, not filtered on.
    /// </summary>
    Key = 64,

    /// <summary>The command name. Groups only: auditctl has no <c>comm</c> field, so it is named in the comment.</summary>
    Comm = 128,
}

/// <summary>
/// The <see cref="ExclusionRuleFields"/> by name: the record field each one reads, which is also the <c>-F</c> field
/// a rule filters on and the word <c>syscalls rule --by</c> takes. The one list of them; a flag's bit position is its
/// index here, which is the order of the filters in a rule and of the values in a comment.
/// </summary>
public static class ExclusionRuleFieldNames
{
    // In ExclusionRuleFields' bit order. exe and the ids filter (a rule gets -F name=value); key and comm only name a group.
    private static readonly string[] Names = ["exe", "auid", "uid", "euid", "gid", "egid", "key", "comm"];
    private static readonly byte[][] Utf8Names = Array.ConvertAll(Names, System.Text.Encoding.ASCII.GetBytes);

    /// <summary>The names, in rule order: exe, auid, uid, euid, gid, egid, key, comm.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>Parses one name (<c>exe</c>, <c>auid</c>, ...; exact, lower case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="field">The single flag named, or <see cref="ExclusionRuleFields.None"/>.</param>
    /// <returns>Whether <paramref name="name"/> is one of <see cref="All"/>.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out ExclusionRuleFields field)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                field = (ExclusionRuleFields)(1 << i);
                return true;
            }
        }

        field = ExclusionRuleFields.None;
        return false;
    }

    /// <summary>How many fields there are.</summary>
    internal static int Count => Names.Length;

    /// <summary>How many of them, from index 0, are filters: exe and the ids.</summary>
    internal const int FilterCount = 6;

    /// <summary>The index of the exe, which every group's comment shows (as an example when not grouped by it).</summary>
    internal const int ExeIndex = 0;

    /// <summary>The index of auid, the one id a rule can give as <c>unset</c>.</summary>
    internal const int AuidIndex = 1;

    /// <summary>The index of key, whose logged value joins several rules' keys with 0x01.</summary>
    internal const int KeyIndex = 6;

    /// <summary>The name of the field at <paramref name="index"/>.</summary>
    internal static string Name(int index) => Names[index];

    /// <summary>The name of the field at <paramref name="index"/> as a record holds it, in UTF-8.</summary>
    internal static ReadOnlySpan<byte> Utf8Name(int index) => Utf8Names[index];

    /// <summary>Whether the field at <paramref name="index"/> is an id (auid, uid, euid, gid, egid).</summary>
    internal static bool IsId(int index) => index is > ExeIndex and < FilterCount;

    /// <summary>Whether the field at <paramref name="index"/> is logged as a string the kernel may hex-encode (exe, key, comm).</summary>
    internal static bool IsString(int index) => !IsId(index);
}

/// <summary>How a written exclusion rule enters the kernel's exit list.</summary>
public enum ExclusionRulePlacement
{
    /// <summary>
    /// <c>-A never,exit ...</c>: at the head of the list, before any <c>always</c> rule, wherever the line stands.
    /// Exit rules are first-match, so this is the form that works without editing the rest of audit.rules.
    /// </summary>
    Prepend,

    /// <summary><c>-a never,exit ...</c>: at the end; works only when placed before the <c>always</c> rules it silences.</summary>
    Append,
}
