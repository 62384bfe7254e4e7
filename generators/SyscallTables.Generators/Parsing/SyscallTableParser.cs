using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>Item metadata of a syscall table, as read from the project (raw strings; validated here).</summary>
internal readonly record struct TableMetadata(string? Arch, string? Abis, string? AuditArch, string? NumberOffset, string? SyscallBit, string? NameLookup = null);

/// <summary>
/// Reads the kernel's syscall table format (<c>arch/*/syscall*.tbl</c>, <c>scripts/syscall.tbl</c>):
/// <c>&lt;number&gt; &lt;abi&gt; &lt;name&gt; [&lt;entry point&gt; [&lt;compat entry point&gt; [noreturn]]]</c>,
/// <c>#</c> comments and blank lines. A row without an entry point is still a syscall (i386 <c>17 break</c>).
/// </summary>
internal static class SyscallTableParser
{
    public static (SyscallTableFile? Table, ImmutableArray<DiagnosticInfo> Diagnostics) Parse(string path, string text, TableMetadata metadata)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        TableDeclaration? declaration = Declare(metadata, path, SourceLocation.File(path), diagnostics);
        KernelTableFile rows = ParseRows(path, text, diagnostics);
        return (declaration is null ? null : Select(rows, declaration, null), diagnostics.ToImmutable());
    }

    /// <summary>Reads every row of a table, whatever its ABI: which ABIs an arch keeps is decided by <see cref="Select"/>.</summary>
    public static KernelTableFile ParseRows(string path, string text, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var rows = ImmutableArray.CreateBuilder<SyscallRow>();
        var abisPresent = new SortedSet<string>(StringComparer.Ordinal);
        foreach (TextLine line in TextLine.Split(path, text))
        {
            string trimmed = line.Text.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            List<(string Text, int Column)> fields = Chars.Fields(line.Text);
            if (fields.Count < 3)
            {
                diagnostics.Add(Malformed(line, "fewer than three fields"));
                continue;
            }

            if (!Chars.TryParseDecimal(fields[0].Text, out int number))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedRow, line.Span(fields[0].Column, fields[0].Text.Length), $"'{fields[0].Text}' is not a syscall number", line.Text));
                continue;
            }

            if (!Chars.IsIdentifier(fields[1].Text) && !fields[1].Text.All(Chars.IsAsciiDigit))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedRow, line.Span(fields[1].Column, fields[1].Text.Length), $"'{fields[1].Text}' is not an ABI name", line.Text));
                continue;
            }

            if (!Chars.IsIdentifier(fields[2].Text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedRow, line.Span(fields[2].Column, fields[2].Text.Length), $"'{fields[2].Text}' is not a syscall name", line.Text));
                continue;
            }

            if (fields.Count > 6)
            {
                diagnostics.Add(Malformed(line, "more than six fields"));
                continue;
            }

            abisPresent.Add(fields[1].Text);
            rows.Add(new SyscallRow(number, fields[1].Text, fields[2].Text, line.Location));
        }

        return new KernelTableFile(path, rows.ToEquatableArray(), abisPresent.ToEquatableArray());
    }

    /// <summary>The rows of <paramref name="table"/> that <paramref name="declaration"/>'s arch keeps (its ABIs).</summary>
    public static SyscallTableFile Select(KernelTableFile table, TableDeclaration declaration, SourceLocation? declaredAt)
    {
        var rows = ImmutableArray.CreateBuilder<SyscallRow>();
        foreach (SyscallRow row in table.Rows)
        {
            if (declaration.Abis.AsImmutableArray().IndexOf(row.Abi, StringComparer.Ordinal) >= 0)
            {
                rows.Add(row);
            }
        }

        return new SyscallTableFile(
            table.Path,
            declaration.Arch,
            declaration.AuditArch,
            declaration.Abis,
            declaration.NumberOffset,
            declaration.SyscallBit,
            rows.ToEquatableArray(),
            table.AbisPresent,
            declaration.NameLookup,
            declaredAt);
    }

    /// <summary>
    /// Validates an arch's declaration (item metadata, or a row of an arches file, named <paramref name="subject"/> in
    /// messages and found at <paramref name="location"/>); null when Arch or Abis is missing or Arch is unusable.
    /// </summary>
    public static TableDeclaration? Declare(TableMetadata metadata, string subject, SourceLocation location, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (string.IsNullOrWhiteSpace(metadata.Arch))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingMetadata, location, subject, "Arch"));
        }
        else if (!Chars.IsIdentifier(metadata.Arch!.Trim()))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, location, "Arch", subject, metadata.Arch!, "it names the generated types, so it must be a C# identifier such as X86_64 or Riscv64"));
        }

        string[] abis = SplitList(metadata.Abis);
        if (abis.Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingMetadata, location, subject, "Abis"));
        }

        // One table can serve several audit arches: the byte order is part of AUDIT_ARCH_* but not of the syscall
        // numbers (PPC64 and PPC64LE, MIPS and MIPSEL share a table), so AuditArch may list members.
        string[] auditArches = string.IsNullOrWhiteSpace(metadata.AuditArch) ? SplitList(metadata.Arch) : SplitList(metadata.AuditArch);
        foreach (string member in auditArches)
        {
            if (!Chars.IsIdentifier(member))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, location, "AuditArch", subject, member, "it must name an AuditArch member such as X86_64"));
            }
        }

        string? auditArch = auditArches.Length == 0 ? metadata.Arch?.Trim() : string.Join(" ", auditArches);

        int offset = ParseNumberMetadata("NumberOffset", metadata.NumberOffset, subject, location, diagnostics);
        int bit = ParseNumberMetadata("SyscallBit", metadata.SyscallBit, subject, location, diagnostics);
        NameLookup nameLookup = ParseNameLookup(metadata.NameLookup, subject, location, diagnostics);

        if (string.IsNullOrWhiteSpace(metadata.Arch) || !Chars.IsIdentifier(metadata.Arch!.Trim()) || abis.Length == 0)
        {
            return null;
        }

        return new TableDeclaration(metadata.Arch!.Trim(), auditArch!, abis.ToEquatableArray(), offset, bit, nameLookup);
    }

    /// <summary>Splits an MSBuild list (<c>common;64</c>); commas and blanks are accepted too.</summary>
    public static string[] SplitList(string? value)
        => value is null ? [] : value.Split([';', ',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static DiagnosticInfo Malformed(TextLine line, string reason)
        => DiagnosticInfo.Create(DiagnosticDescriptors.MalformedRow, line.Location, reason, line.Text);

    private static NameLookup ParseNameLookup(string? value, string subject, SourceLocation location, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return NameLookup.Switch;
        }

        string v = value!.Trim();
        if (string.Equals(v, nameof(NameLookup.Switch), StringComparison.Ordinal))
        {
            return NameLookup.Switch;
        }

        if (string.Equals(v, nameof(NameLookup.Search), StringComparison.Ordinal))
        {
            return NameLookup.Search;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNameLookup, location, subject, v));
        return NameLookup.Switch;
    }

    private static int ParseNumberMetadata(string name, string? value, string subject, SourceLocation location, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        string v = value!.Trim();
        bool ok;
        int result;
        if (v.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            ok = int.TryParse(v.Substring(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out result) && result >= 0;
        }
        else
        {
            ok = Chars.TryParseDecimal(v, out result);
        }

        if (!ok)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, location, name, subject, v, "expected a non-negative decimal or 0x-prefixed hex number below 2^31"));
            return 0;
        }

        return result;
    }
}
