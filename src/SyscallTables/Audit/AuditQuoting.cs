namespace SyscallTables.Audit;

/// <summary>How an audit field's value is written in the record.</summary>
public enum AuditQuoting
{
    /// <summary>Unquoted: a number, a word, a hex-encoded string, or a placeholder such as <c>(null)</c>.</summary>
    None,

    /// <summary>In double quotes, as the kernel writes untrusted strings it did not need to hex-encode (<c>comm="mkdir"</c>).</summary>
    Double,

    /// <summary>
    /// In single quotes: the nested message of a user-space record (<c>msg='op=login acct="root" res=success'</c>),
    /// whose own fields <see cref="AuditField.Fields"/> enumerates.
    /// </summary>
    Single,
}
