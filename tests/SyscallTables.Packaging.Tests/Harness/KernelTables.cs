using System.Globalization;
using System.Text.RegularExpressions;

namespace SyscallTables.Packaging.Tests.Harness;

/// <summary>
/// The expected answers, read straight from the kernel-format files in tables/ by a few lines of their own: nothing
/// here goes through the generator or the library, so a consumer's output is compared with the data itself.
/// </summary>
internal static partial class KernelTables
{
    /// <summary>The rows of a <c>.tbl</c> file (<c>number abi name [entry point ...]</c>) whose ABI is one of <paramref name="abis"/>.</summary>
    public static IReadOnlyList<(int Number, string Abi, string Name)> SyscallRows(string tablePath, params string[] abis)
    {
        var rows = new List<(int, string, string)>();
        foreach (string line in File.ReadLines(tablePath))
        {
            string[] fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3 || fields[0].StartsWith('#') || !abis.Contains(fields[1]))
            {
                continue;
            }

            rows.Add((int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[2]));
        }

        return rows;
    }

    public static string SyscallName(string tablePath, int number, params string[] abis)
        => SyscallRows(tablePath, abis).Single(r => r.Number == number).Name;

    public static int SyscallNumber(string tablePath, string name, params string[] abis)
        => SyscallRows(tablePath, abis).Single(r => r.Name == name).Number;

    /// <summary>The name and comment of <c>#define E... number /* comment */</c> in an errno header.</summary>
    public static (string Name, string Comment) Errno(string headerPath, int number)
    {
        foreach (string line in File.ReadLines(headerPath))
        {
            Match m = ErrnoDefine().Match(line);
            if (m.Success && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) == number)
            {
                return (m.Groups[1].Value, m.Groups[3].Value);
            }
        }

        throw new InvalidOperationException($"errno {number} is not defined in {headerPath}");
    }

    /// <summary>
    /// The <c>AUDIT_ARCH_*</c> suffix whose value, an or of <c>EM_*</c> and <c>__AUDIT_ARCH_*</c> constants as audit.h
    /// writes it, is <paramref name="value"/>.
    /// </summary>
    public static string AuditArchName(string auditHeader, string elfEmHeader, uint value)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(elfEmHeader).Concat(File.ReadLines(auditHeader)))
        {
            Match m = SimpleDefine().Match(line);
            if (m.Success)
            {
                constants.TryAdd(m.Groups[1].Value, m.Groups[2].Value.Trim());
            }
        }

        // Null where a term is not a plain number or a define of these two headers (none of the arches asked about).
        uint? Evaluate(string expression)
        {
            uint result = 0;
            foreach (string term in expression.Trim('(', ')', ' ').Split('|', StringSplitOptions.TrimEntries))
            {
                uint? part = term.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                    ? uint.Parse(term[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                    : term.Length > 0 && char.IsAsciiDigit(term[0]) ? uint.Parse(term, CultureInfo.InvariantCulture)
                    : constants.TryGetValue(term, out string? definition) ? Evaluate(definition) : null;
                if (part is null)
                {
                    return null;
                }

                result |= part.Value;
            }

            return result;
        }

        return constants.Keys
            .Where(k => k.StartsWith("AUDIT_ARCH_", StringComparison.Ordinal))
            .Single(k => Evaluate(constants[k]) == value)["AUDIT_ARCH_".Length..];
    }

    [GeneratedRegex(@"^#define\s+(E[A-Z0-9]+)\s+(\d+)\s*/\*\s*(.*?)\s*\*/")]
    private static partial Regex ErrnoDefine();

    // Only defines whose value is a number or an or of names/numbers; comments are cut off.
    [GeneratedRegex(@"^#define\s+(\w+)\s+([()\w| ]+?)\s*(?:/\*.*)?$")]
    private static partial Regex SimpleDefine();
}
