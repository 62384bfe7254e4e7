using System.Globalization;
using System.Text.RegularExpressions;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// The test's own reading of tables/arguments: <c>#define NAME VALUE</c> where VALUE is a plain number (decimal, hex,
/// octal) or <c>(1&lt;&lt;N)</c>, first definition per header, the arch's own headers over the generic ones. It is
/// deliberately simpler than the generator's evaluator, so the tests derive expectations independently of it.
/// </summary>
internal sealed partial class KernelArgumentHeaders
{
    private readonly Dictionary<string, ulong> _values = new(StringComparer.Ordinal);

    private KernelArgumentHeaders(params string[] folders)
    {
        foreach (string folder in folders)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(RepositoryLayout.Tables, "arguments", folder), "*.h").Order(StringComparer.Ordinal))
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (string line in File.ReadLines(file))
                {
                    Match m = Define().Match(line);
                    if (m.Success && seen.Add(m.Groups["name"].Value) && TryParse(m.Groups["value"].Value, out ulong value))
                    {
                        _values[m.Groups["name"].Value] = value;
                    }
                }
            }
        }
    }

    public static KernelArgumentHeaders X86 { get; } = new("generic", "x86");

    public static KernelArgumentHeaders Arm64 { get; } = new("generic", "arm64");

    /// <summary>The value of <paramref name="name"/>; fails the test when the headers lack it.</summary>
    public ulong this[string name] => _values.TryGetValue(name, out ulong v) ? v : throw new KeyNotFoundException($"tables/arguments defines no plain-number {name}");

    /// <summary>The value of <paramref name="name"/>, or null when the headers give it no plain number.</summary>
    public ulong? Find(string name) => _values.TryGetValue(name, out ulong v) ? v : null;

    /// <summary>The or of the named constants, as the hex an audit record carries.</summary>
    public string Hex(params string[] names) => names.Aggregate(0UL, (v, n) => v | this[n]).ToString("x", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out ulong value)
    {
        value = 0;
        Match shift = Shift().Match(text);
        if (shift.Success)
        {
            value = 1UL << int.Parse(shift.Groups["n"].Value, CultureInfo.InvariantCulture);
            return true;
        }

        text = text.TrimEnd('U', 'L', 'u', 'l');
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return ulong.TryParse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);
        }

        if (text.Length > 1 && text[0] == '0' && text.All(c => c is >= '0' and <= '7'))
        {
            value = Convert.ToUInt64(text, 8);
            return true;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^\s*#\s*define\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?<value>\(1\s*<<\s*\d+\)|[0-9][0-9a-fA-FxXuUlL]*)(\s|$)")]
    private static partial Regex Define();

    [GeneratedRegex(@"^\(1\s*<<\s*(?<n>\d+)\)$")]
    private static partial Regex Shift();
}
