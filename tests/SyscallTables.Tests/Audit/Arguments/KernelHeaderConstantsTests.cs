using System.Globalization;
using System.Reflection;
using System.Text;
using SyscallTables.Audit.Arguments;

namespace SyscallTables.Tests.Audit.Arguments;

/// <summary>
/// The oracle for the argument constants: for every arch with a syscall table, every (group, macro) row of
/// tables/argument-names.txt must hold in <c>ArgumentConstants.&lt;Group&gt;.Values(arch)</c> the value clang gives
/// the macro when it compiles the kernel's own headers for that arch (<see cref="KernelHeaderConstants"/>), or
/// <see cref="ArgumentConstants.Absent"/> where those headers do not define it. It reads the kernel source, not
/// tables/arguments: what the import keeps and how the generator resolves overrides and #if branches is what is tested.
/// Each arch prints a report (agreeing, absent on both, skipped with clang's reason, known and new differences); to
/// read it for passing arches too: <c>dotnet tests/SyscallTables.Tests/bin/Debug/net10.0/SyscallTables.Tests.dll
/// -class SyscallTables.Tests.Audit.Arguments.KernelHeaderConstantsTests -showLiveOutput</c>.
/// </summary>
public sealed class KernelHeaderConstantsTests(KernelHeaderTree tree) : IClassFixture<KernelHeaderTree>
{
    private const int ListedInMessage = 40;

    public static TheoryData<AuditArch> SupportedArchs => [.. Syscalls.SupportedArchs.ToArray()];

    [Theory]
    [MemberData(nameof(SupportedArchs))]
    public void Every_argument_constant_has_the_value_the_arch_kernel_headers_give_it(AuditArch arch)
    {
        KernelHeaderTarget? target = KernelHeaderTarget.For(arch);
        Assert.True(target is not null, $"{arch} has a syscall table but no clang target to compile its headers with: add it to {nameof(KernelHeaderTarget)}");
        Assert.SkipWhen(tree.MissingReason is not null, tree.MissingReason ?? "");
        string? clang = InstalledPrograms.Find("clang");
        Assert.SkipWhen(clang is null, "clang is not on PATH (Debian: apt-get install clang); the kernel headers cannot be compiled for each arch");
        string? unsupported = KernelHeaderConstants.UnsupportedReason(clang!, target);
        Assert.SkipWhen(unsupported is not null, unsupported ?? "");

        string[] names = [.. ArgumentNameRow.All.Select(r => r.Macro).Distinct(StringComparer.Ordinal)];
        KernelHeaderConstants kernel = KernelHeaderConstants.Compile(clang!, tree.Root, target, names);

        int agree = 0;
        var absentOnBoth = new List<string>();
        var differ = new List<string>();
        var notEvaluable = new List<string>();
        var known = new List<string>();
        var differingMacros = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArgumentNameRow row in ArgumentNameRow.All)
        {
            ReadOnlySpan<ulong> values = GroupValues(row.Group, arch);
            ulong? ours = row.Index < values.Length ? values[row.Index] : null;
            string at = $"{row.Group} {row.Macro} (argument-names.txt:{row.Line})";
            if (kernel.Unevaluated.TryGetValue(row.Macro, out string? reason))
            {
                notEvaluable.Add($"{at}: defined but not an integer constant ({reason}); ours {Show(ours)}");
            }
            else if (kernel.Undefined.Contains(row.Macro))
            {
                if (ours == ArgumentConstants.Absent)
                {
                    absentOnBoth.Add(row.Macro);
                }
                else
                {
                    Differ($"{at}: the headers do not define it; ours {Show(ours)}", row.Macro);
                }
            }
            else if (ours is ulong value && value != ArgumentConstants.Absent && SameForDecoders(kernel.Values[row.Macro], value))
            {
                agree++;
            }
            else
            {
                Differ($"{at}: headers {Show(kernel.Values[row.Macro])}, ours {Show(ours)}", row.Macro);
            }
        }

        void Differ(string line, string macro)
        {
            differingMacros.Add(macro);
            if (KernelHeaderDifferences.For(arch, macro) is KernelHeaderDifference difference)
            {
                known.Add($"{line} [{difference}]");
            }
            else
            {
                differ.Add(line);
            }
        }

        foreach (string macro in KernelHeaderDifferences.Listed(arch).Where(m => !differingMacros.Contains(m)))
        {
            differ.Add($"{macro}: listed in {nameof(KernelHeaderDifferences)} as {KernelHeaderDifferences.For(arch, macro)} on {arch}, but agrees with the headers now: remove it there");
        }

        string summary = string.Create(CultureInfo.InvariantCulture,
            $"{arch}: clang --target={target.Triple} on arch/{target.KernelArch}{(target.Note is null ? "" : " (" + target.Note + ")")}: "
            + $"compared {ArgumentNameRow.All.Count} rows ({names.Length} names), agree {agree}, absent on both {absentOnBoth.Count}, "
            + $"differ {differ.Count}, known differences {known.Count}, skipped {notEvaluable.Count} (not integer constants); ArgumentConstants.Covers({arch}) = {ArgumentConstants.Covers(arch)}");
        var report = new StringBuilder(summary).Append('\n');
        AppendSection(report, "absent on both", absentOnBoth.Count == 0 ? [] : [string.Join(' ', absentOnBoth)]);
        AppendSection(report, "skipped", notEvaluable);
        AppendSection(report, "clang warnings", kernel.Warnings);
        AppendSection(report, "known differences (KernelHeaderDifferences)", known);
        AppendSection(report, "differ", differ);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());

        Assert.True(differ.Count == 0,
            summary + "\n" + string.Join('\n', differ.Take(ListedInMessage))
            + (differ.Count > ListedInMessage ? $"\n... and {differ.Count - ListedInMessage} more (all in the test output)" : ""));
    }

    [Fact]
    public void The_rows_read_here_are_the_generated_groups_and_indexes()
    {
        // The oracle finds a row's value by its position in its group; the generated index constants must agree,
        // or the comparison above would read the wrong slots.
        var mismatches = new List<string>();
        foreach (IGrouping<string, ArgumentNameRow> group in ArgumentNameRow.All.GroupBy(r => r.Group))
        {
            Type? type = GroupType(group.Key);
            if (type is null)
            {
                mismatches.Add($"{group.Key}: no generated group class");
                continue;
            }

            if (!Equals(type.GetField("Count")?.GetRawConstantValue(), group.Count()))
            {
                mismatches.Add($"{group.Key}: Count {type.GetField("Count")?.GetRawConstantValue()}, rows {group.Count()}");
            }

            foreach (ArgumentNameRow row in group)
            {
                if (type.GetField(row.Macro)?.GetRawConstantValue() is int index && index != row.Index)
                {
                    mismatches.Add($"{row.Group}.{row.Macro}: generated index {index}, row position {row.Index}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    // The decoders match the low 32 bits of an argument (ArgumentConstants.IndexOf casts to uint): a negative int
    // macro (AT_FDCWD, -100) is 0xffffffffffffff9c as C's unsigned long long and matches a record's ffffff9c however
    // the generator widens it. A constant that needs more than 32 bits must agree in full, or it would alias another.
    private static bool SameForDecoders(ulong kernel, ulong ours)
    {
        ulong high = kernel >> 32;
        bool fits32 = high == 0 || (high == 0xFFFF_FFFF && (kernel & 0x8000_0000) != 0);
        return fits32 ? (uint)kernel == (uint)ours : kernel == ours;
    }

    private static string Show(ulong? value) => value switch
    {
        null => "no value (the group has none for this arch)",
        ArgumentConstants.Absent => "Absent",
        ulong v => "0x" + v.ToString("x", CultureInfo.InvariantCulture),
    };

    private static void AppendSection(StringBuilder report, string title, IReadOnlyCollection<string> lines)
    {
        if (lines.Count > 0)
        {
            report.Append("  ").Append(title).Append(":\n");
            foreach (string line in lines)
            {
                report.Append("    ").Append(line).Append('\n');
            }
        }
    }

    private static Type? GroupType(string group) =>
        typeof(ArgumentConstants).GetNestedType(group, BindingFlags.Public | BindingFlags.NonPublic);

    private static ReadOnlySpan<ulong> GroupValues(string group, AuditArch arch)
    {
        MethodInfo values = GroupType(group)?.GetMethod("Values", BindingFlags.Public | BindingFlags.Static, [typeof(AuditArch)])
            ?? throw new InvalidOperationException($"ArgumentConstants.{group}.Values(AuditArch) is not generated");
        return values.CreateDelegate<Func<AuditArch, ReadOnlySpan<ulong>>>()(arch);
    }
}
