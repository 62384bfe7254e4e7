using System.Collections.Immutable;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>
/// Reads the two small tab-separated data files of tables/: errno messages (<c>NAME NUMBER MESSAGE</c>) and
/// audit-userspace's syscall names (<c>ARCH NUMBER AUDIT_NAME KERNEL_NAME</c>). <c>#</c> starts a comment line.
/// </summary>
internal static class RowFileParser
{
    public static (ImmutableArray<ErrnoMessage> Rows, ImmutableArray<DiagnosticInfo> Diagnostics) ParseErrnoMessages(string path, string text)
    {
        var rows = ImmutableArray.CreateBuilder<ErrnoMessage>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (TextLine line in TextLine.Split(path, text))
        {
            if (IsCommentOrBlank(line.Text))
            {
                continue;
            }

            // The message is free text (it may hold blanks), so only tabs separate the fields.
            string[] fields = line.Text.Split(['\t'], 3);
            if (fields.Length != 3)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedErrnoMessage, line.Location, "expected three tab-separated fields", line.Text));
            }
            else if (!Chars.IsIdentifier(fields[0]))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedErrnoMessage, line.Location, $"'{fields[0]}' is not an errno name", line.Text));
            }
            else if (!Chars.TryParseDecimal(fields[1], out int number))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedErrnoMessage, line.Location, $"'{fields[1]}' is not an errno number", line.Text));
            }
            else if (fields[2].Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedErrnoMessage, line.Location, "the message is empty", line.Text));
            }
            else
            {
                rows.Add(new ErrnoMessage(fields[0], number, fields[2].Trim(), line.Location));
            }
        }

        return (rows.ToImmutable(), diagnostics.ToImmutable());
    }

    public static (ImmutableArray<AuditNameRow> Rows, ImmutableArray<DiagnosticInfo> Diagnostics) ParseAuditNames(string path, string text)
    {
        var rows = ImmutableArray.CreateBuilder<AuditNameRow>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (TextLine line in TextLine.Split(path, text))
        {
            if (IsCommentOrBlank(line.Text))
            {
                continue;
            }

            var fields = Chars.Fields(line.Text);
            if (fields.Count != 4)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedAuditName, line.Location, "expected four fields", line.Text));
            }
            else if (!Chars.TryParseDecimal(fields[1].Text, out int number))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedAuditName, line.Span(fields[1].Column, fields[1].Text.Length), $"'{fields[1].Text}' is not a syscall number", line.Text));
            }
            else if (!Chars.IsIdentifier(fields[2].Text) || !Chars.IsIdentifier(fields[3].Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedAuditName, line.Location, "syscall names are identifiers", line.Text));
            }
            else
            {
                rows.Add(new AuditNameRow(fields[0].Text, number, fields[2].Text, fields[3].Text, line.Location));
            }
        }

        return (rows.ToImmutable(), diagnostics.ToImmutable());
    }

    private static bool IsCommentOrBlank(string line)
    {
        string t = line.Trim();
        return t.Length == 0 || t[0] == '#';
    }
}
