using System.Collections.Immutable;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>
/// Reads the audit-fields file: <c>NAME RECORD_KIND [DEFINE VALUE OPERATORS AUDITCTL_LISTS KERNEL_LISTS]</c> per
/// row, blank-separated; <c>#</c> starts a comment. RECORD_KIND is an identifier or <c>-</c>; the lists are
/// identifiers joined by ',' or <c>*</c>.
/// </summary>
internal static class AuditFieldsParser
{
    public static (ImmutableArray<AuditFieldRow> Rows, ImmutableArray<DiagnosticInfo> Diagnostics) Parse(string path, string text)
    {
        var rows = ImmutableArray.CreateBuilder<AuditFieldRow>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (TextLine line in TextLine.Split(path, text))
        {
            var fields = Chars.DataFields(line.Text);
            if (fields.Count == 0)
            {
                continue;
            }

            string? problem = fields.Count is not (2 or 7) ? "expected a name and a record kind, then optionally a define, a value, operators and two lists"
                : !IsFieldName(fields[0].Text) ? $"'{fields[0].Text}' is not a field name (letters, digits, '_' and '-')"
                : fields[1].Text != "-" && !Chars.IsIdentifier(fields[1].Text) ? $"the record kind '{fields[1].Text}' is neither an identifier nor '-'"
                : fields.Count == 2 ? null
                : !Chars.IsIdentifier(fields[2].Text) || !Chars.IsIdentifier(fields[3].Text) || !Chars.IsIdentifier(fields[4].Text) ? "the define, the value and the operators must be identifiers"
                : !IsLists(fields[5].Text) || !IsLists(fields[6].Text) ? "the lists are identifiers joined by ',' or '*'"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedAuditField, line.Location, problem, line.Text));
                continue;
            }

            AuditRuleFieldRow? rule = fields.Count == 7
                ? new AuditRuleFieldRow(fields[2].Text, fields[3].Text, fields[4].Text, fields[5].Text, fields[6].Text)
                : null;
            rows.Add(new AuditFieldRow(fields[0].Text, fields[1].Text == "-" ? null : fields[1].Text, rule, line.Location));
        }

        return (rows.ToImmutable(), diagnostics.ToImmutable());
    }

    private static bool IsFieldName(string name)
    {
        foreach (char c in name)
        {
            if (!(Chars.IsAsciiLetter(c) || Chars.IsAsciiDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static bool IsLists(string text)
    {
        if (text == "*")
        {
            return true;
        }

        foreach (string list in text.Split(','))
        {
            if (!Chars.IsIdentifier(list))
            {
                return false;
            }
        }

        return true;
    }
}
