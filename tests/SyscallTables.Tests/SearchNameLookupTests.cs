using System.Text;

namespace SyscallTables.Tests;

/// <summary>
/// The tables built with <c>NameLookup="Search"</c> (src/SyscallTables/SyscallTables.csproj): their name lookups are a
/// binary search over a sorted UTF-8 index instead of compiled switches. Every kernel and audit-userspace name each
/// table gives by number must come back to that number through both overloads, and near misses must not match.
/// </summary>
public sealed class SearchNameLookupTests
{
    private delegate bool CharLookup(ReadOnlySpan<char> name, out int number);

    private delegate bool Utf8Lookup(ReadOnlySpan<byte> utf8Name, out int number);

    private sealed record SearchTable(string Name, int[] Numbers, Func<int, string?> GetName, Func<int, string?> GetAuditName, CharLookup ByChars, Utf8Lookup ByUtf8, int MaxNameLength);

    private static readonly SearchTable[] s_tables =
    [
        Table(nameof(Riscv64Syscalls), Riscv64Syscalls.Numbers, Riscv64Syscalls.GetName, Riscv64Syscalls.GetAuditName, Riscv64Syscalls.TryGetNumber, Riscv64Syscalls.TryGetNumber, Riscv64Syscalls.MaxNameLength),
        Table(nameof(Loongarch64Syscalls), Loongarch64Syscalls.Numbers, Loongarch64Syscalls.GetName, Loongarch64Syscalls.GetAuditName, Loongarch64Syscalls.TryGetNumber, Loongarch64Syscalls.TryGetNumber, Loongarch64Syscalls.MaxNameLength),
        Table(nameof(X32Syscalls), X32Syscalls.Numbers, X32Syscalls.GetName, X32Syscalls.GetAuditName, X32Syscalls.TryGetNumber, X32Syscalls.TryGetNumber, X32Syscalls.MaxNameLength),
        Table(nameof(ArmSyscalls), ArmSyscalls.Numbers, ArmSyscalls.GetName, ArmSyscalls.GetAuditName, ArmSyscalls.TryGetNumber, ArmSyscalls.TryGetNumber, ArmSyscalls.MaxNameLength),
        Table(nameof(PpcSyscalls), PpcSyscalls.Numbers, PpcSyscalls.GetName, PpcSyscalls.GetAuditName, PpcSyscalls.TryGetNumber, PpcSyscalls.TryGetNumber, PpcSyscalls.MaxNameLength),
        Table(nameof(Ppc64Syscalls), Ppc64Syscalls.Numbers, Ppc64Syscalls.GetName, Ppc64Syscalls.GetAuditName, Ppc64Syscalls.TryGetNumber, Ppc64Syscalls.TryGetNumber, Ppc64Syscalls.MaxNameLength),
        Table(nameof(S390Syscalls), S390Syscalls.Numbers, S390Syscalls.GetName, S390Syscalls.GetAuditName, S390Syscalls.TryGetNumber, S390Syscalls.TryGetNumber, S390Syscalls.MaxNameLength),
        Table(nameof(S390xSyscalls), S390xSyscalls.Numbers, S390xSyscalls.GetName, S390xSyscalls.GetAuditName, S390xSyscalls.TryGetNumber, S390xSyscalls.TryGetNumber, S390xSyscalls.MaxNameLength),
        Table(nameof(MipsO32Syscalls), MipsO32Syscalls.Numbers, MipsO32Syscalls.GetName, MipsO32Syscalls.GetAuditName, MipsO32Syscalls.TryGetNumber, MipsO32Syscalls.TryGetNumber, MipsO32Syscalls.MaxNameLength),
        Table(nameof(MipsN64Syscalls), MipsN64Syscalls.Numbers, MipsN64Syscalls.GetName, MipsN64Syscalls.GetAuditName, MipsN64Syscalls.TryGetNumber, MipsN64Syscalls.TryGetNumber, MipsN64Syscalls.MaxNameLength),
        Table(nameof(MipsN32Syscalls), MipsN32Syscalls.Numbers, MipsN32Syscalls.GetName, MipsN32Syscalls.GetAuditName, MipsN32Syscalls.TryGetNumber, MipsN32Syscalls.TryGetNumber, MipsN32Syscalls.MaxNameLength),
    ];

    public static TheoryData<string> TableNames => [.. s_tables.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Every_name_and_audit_name_finds_its_number(string table)
    {
        SearchTable t = s_tables.Single(s => s.Name == table);
        Assert.NotEmpty(t.Numbers);
        foreach (int number in t.Numbers)
        {
            foreach (string name in new[] { t.GetName(number)!, t.GetAuditName(number)! }.Distinct())
            {
                Assert.True(t.ByChars(name, out int byChars), $"{table}: '{name}'");
                Assert.True(t.ByUtf8(Encoding.UTF8.GetBytes(name), out int byUtf8), $"{table}: '{name}' as UTF-8");
                Assert.Equal((number, number), (byChars, byUtf8));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Prefixes_extensions_other_cases_and_non_ascii_miss(string table)
    {
        SearchTable t = s_tables.Single(s => s.Name == table);
        var names = t.Numbers.SelectMany(n => new[] { t.GetName(n)!, t.GetAuditName(n)! }).ToHashSet(StringComparer.Ordinal);
        var misses = new List<string> { string.Empty, new('z', t.MaxNameLength + 1), "\u00e9", "\0" };
        foreach (string name in names)
        {
            misses.Add(name[..^1]);
            misses.Add(name + "_");
            misses.Add(name.ToUpperInvariant());
            misses.Add(name[..^1] + "\u00e9");
            misses.Add(name + "\u0100");
        }

        foreach (string miss in misses.Where(m => !names.Contains(m)))
        {
            Assert.False(t.ByChars(miss, out int byChars), $"{table}: '{miss}' matched {byChars}");
            Assert.Equal(-1, byChars);
            Assert.False(t.ByUtf8(Encoding.UTF8.GetBytes(miss), out int byUtf8), $"{table}: '{miss}' as UTF-8 matched {byUtf8}");
            Assert.Equal(-1, byUtf8);
        }
    }

    private static SearchTable Table(string name, ReadOnlySpan<int> numbers, Func<int, string?> getName, Func<int, string?> getAuditName, CharLookup byChars, Utf8Lookup byUtf8, int maxNameLength)
        => new(name, numbers.ToArray(), getName, getAuditName, byChars, byUtf8, maxNameLength);
}
