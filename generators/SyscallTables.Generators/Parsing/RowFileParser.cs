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

    /// <summary>
    /// Reads the argument-names file: <c>GROUP MACRO [TEXT]</c> per row, blank-separated; a <c>#</c> ends the row.
    /// GROUP becomes a C# identifier, MACRO must be a C identifier, TEXT (default: MACRO) is printed as it is.
    /// </summary>
    public static (ImmutableArray<ArgumentNameRow> Rows, ImmutableArray<DiagnosticInfo> Diagnostics) ParseArgumentNames(string path, string text)
    {
        var rows = ImmutableArray.CreateBuilder<ArgumentNameRow>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (TextLine line in TextLine.Split(path, text))
        {
            var fields = Chars.DataFields(line.Text);
            if (fields.Count == 0)
            {
                continue;
            }
            if (fields.Count is < 2 or > 3)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedArgumentName, line.Location, "expected a group, a macro and an optional printed text", line.Text));
            }
            else if (!Chars.IsIdentifier(fields[0].Text) || !Chars.IsIdentifier(fields[1].Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedArgumentName, line.Location, "the group and the macro must be identifiers", line.Text));
            }
            else if (fields.Count == 3 && !IsPrintable(fields[2].Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedArgumentName, line.Span(fields[2].Column, fields[2].Text.Length), "the printed text must be printable ASCII", line.Text));
            }
            else
            {
                string printed = fields.Count == 3 ? fields[2].Text : fields[1].Text;
                rows.Add(new ArgumentNameRow(fields[0].Text, fields[1].Text, printed, line.Location));
            }
        }

        return (rows.ToImmutable(), diagnostics.ToImmutable());
    }

    private static bool IsPrintable(string text)
    {
        foreach (char c in text)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCommentOrBlank(string line)
    {
        string t = line.Trim();
        return t.Length == 0 || t[0] == '#';
    }
}
