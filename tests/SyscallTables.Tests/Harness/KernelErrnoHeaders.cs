using System.Globalization;
using System.Text.RegularExpressions;

namespace SyscallTables.Tests.Harness;

/// <summary>An errno <c>#define</c>: a number, or (for an alias) the name it stands for.</summary>
internal sealed record ErrnoDefine(string Name, int Number, string? AliasOf);

/// <summary>The errno defines of tables/errno/*.h, read by the test itself (errno-base.h first, as errno.h includes it).</summary>
internal static partial class KernelErrnoHeaders
{
    public static IReadOnlyList<ErrnoDefine> Defines { get; } = Load();

    /// <summary>Number to name: the first name defined with that number, as the kernel and glibc call it.</summary>
    public static IReadOnlyDictionary<int, string> CanonicalNames { get; } =
        Defines.Where(d => d.AliasOf is null).GroupBy(d => d.Number).ToDictionary(g => g.Key, g => g.First().Name);

    private static List<ErrnoDefine> Load()
    {
        var byName = new Dictionary<string, int>();
        var defines = new List<ErrnoDefine>();
        foreach (string file in new[] { "errno/errno-base.h", "errno/errno.h" })
        {
            foreach (string line in File.ReadLines(RepositoryLayout.Table(file)))
            {
                Match m = Define().Match(line);
                if (!m.Success)
                {
                    continue;
                }

                string name = m.Groups["name"].Value, value = m.Groups["value"].Value;
                bool numeric = char.IsAsciiDigit(value[0]);
                int number = numeric ? int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) : byName[value];
                byName.Add(name, number);
                defines.Add(new ErrnoDefine(name, number, numeric ? null : value));
            }
        }

        return defines;
    }

    [GeneratedRegex(@"^#define\s+(?<name>E[A-Z0-9]+)\s+(?<value>[0-9]+|E[A-Z0-9]+)\b")]
    private static partial Regex Define();
}
