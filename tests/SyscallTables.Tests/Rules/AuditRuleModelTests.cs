using System.Globalization;
using System.Text;
using SyscallTables.Rules;
using SyscallTables.Testing;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// The typed rule a parsed line gives, as the kernel would hold it: its filter list, action, and each field's kernel
/// field, operator (audit.h's AUDIT_EQUAL ...) and value (a 32-bit number, bytes, a name to look up, a pair of fields).
/// Parsed as an x86_64 host (b64 = x86_64, b32 = i386) loads the line.
/// </summary>
public sealed class AuditRuleModelTests
{
    private static AuditRule Parse(string line) => Parse(Encoding.Latin1.GetBytes(line));

    private static AuditRule Parse(byte[] line)
    {
        AuditRule rule = AuditRuleParser.Parse(line, 1, AuditArch.X86_64, AuditArch.I386);
        Assert.False(rule.HasErrors, string.Join('\n', rule.Findings));
        return rule;
    }

    private static AuditRuleField Field(string line, string name) => Assert.Single(Parse(line).Fields, f => f.Name == name);

    private static (string Name, uint Number, AuditOperator Operator, AuditRuleValueKind Kind, uint Value, string Text) Held(AuditRuleField field) =>
        (field.Name, field.Info.Number, field.Operator, field.Value.Kind, field.Value.Number, Encoding.Latin1.GetString(field.Value.Bytes));

    [Fact]
    public void A_syscall_rule_holds_what_the_kernel_gets()
    {
        AuditRule rule = Parse("-a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -F auid!=unset -F exe=/usr/bin/x -C uid!=euid -k k");

        Assert.Equal(AuditRuleLineKind.AddRule, rule.Kind);
        Assert.Equal(AuditFilterList.Exit, rule.List);
        Assert.Equal(AuditRuleAction.Never, rule.Action);
        Assert.False(rule.Prepend);
        Assert.Equal(new[] { 83 }, rule.Syscalls);

        // audit.h's numbers: AUDIT_ARCH 11, AUDIT_EXIT 103, AUDIT_LOGINUID 9, AUDIT_EXE 112, AUDIT_FIELD_COMPARE 111,
        // AUDIT_FILTERKEY 210; AUDIT_ARCH_X86_64 0xc000003e, -EEXIST -17 as u32, unset -1 as u32.
        Assert.Equal(
            [
                ("arch", 11u, AuditOperator.Equal, AuditRuleValueKind.Number, 0xc000003eu, ""),
                ("exit", 103u, AuditOperator.Equal, AuditRuleValueKind.Number, unchecked((uint)-17), ""),
                ("auid", 9u, AuditOperator.NotEqual, AuditRuleValueKind.Number, 4294967295u, ""),
                ("exe", 112u, AuditOperator.Equal, AuditRuleValueKind.Text, 0u, "/usr/bin/x"),
                ("field_compare", 111u, AuditOperator.NotEqual, AuditRuleValueKind.Comparison, 0u, ""),
                ("key", 210u, AuditOperator.Equal, AuditRuleValueKind.Text, 0u, "k"),
            ],
            rule.Fields.Select(Held));

        AuditRuleField comparison = rule.Fields[4];
        Assert.True(comparison.IsComparison);
        Assert.Equal(("euid", "uid"), (comparison.Value.Left!.Name, comparison.Value.Right!.Name));
        Assert.All(rule.Fields, f => Assert.Same(AuditRuleFields.Get(f.Name), f.Info));
        Assert.Equal([true, true, true, true, true, false], rule.Fields.Select(f => f.Filters));
    }

    [Fact]
    public void A_watch_is_an_always_exit_rule_with_its_path_and_permission_bits()
    {
        AuditRule rule = Parse("-w /etc/passwd/ -p wa -k identity");

        Assert.Equal((AuditRuleLineKind.AddWatch, AuditFilterList.Exit, AuditRuleAction.Always), (rule.Kind, rule.List, rule.Action));

        // AUDIT_WATCH 105 with the path as the kernel stores it (without the trailing '/'), AUDIT_PERM 106 with
        // AUDIT_PERM_WRITE|AUDIT_PERM_ATTR (2|8).
        Assert.Equal(
            [
                ("path", 105u, AuditOperator.Equal, AuditRuleValueKind.Text, 0u, "/etc/passwd"),
                ("perm", 106u, AuditOperator.Equal, AuditRuleValueKind.Number, 10u, ""),
                ("key", 210u, AuditOperator.Equal, AuditRuleValueKind.Text, 0u, "identity"),
            ],
            rule.Fields.Select(Held));
    }

    [Theory]
    [InlineData("=", nameof(AuditOperator.Equal))]
    [InlineData("!=", nameof(AuditOperator.NotEqual))]
    [InlineData("<", nameof(AuditOperator.LessThan))]
    [InlineData(">", nameof(AuditOperator.GreaterThan))]
    [InlineData("<=", nameof(AuditOperator.LessThanOrEqual))]
    [InlineData(">=", nameof(AuditOperator.GreaterThanOrEqual))]
    [InlineData("&", nameof(AuditOperator.BitMask))]
    [InlineData("&=", nameof(AuditOperator.BitTest))]
    public void Each_operator_is_the_kernels(string symbol, string name)
    {
        AuditOperator expected = Enum.Parse<AuditOperator>(name);
        AuditRuleField field = Field($"-a always,exit -F arch=b64 -S ioctl -F a1{symbol}0x5401", "a1");

        Assert.Equal((expected, 0x5401u), (field.Operator, field.Value.Number));
        Assert.Equal(symbol, AuditRuleFields.Symbol(field.Operator));
    }

    [Fact]
    public void Operators_lists_and_actions_have_the_numbers_of_audit_h()
    {
        Dictionary<string, long> defines = AuditHeaderDefines();

        Assert.Equal((long)AuditOperator.Equal, defines["AUDIT_EQUAL"]);
        Assert.Equal((long)AuditOperator.NotEqual, defines["AUDIT_NOT_EQUAL"]);
        Assert.Equal((long)AuditOperator.LessThan, defines["AUDIT_LESS_THAN"]);
        Assert.Equal((long)AuditOperator.GreaterThan, defines["AUDIT_GREATER_THAN"]);
        Assert.Equal((long)AuditOperator.BitMask, defines["AUDIT_BIT_MASK"]);
        Assert.Equal((long)AuditOperator.LessThanOrEqual, defines["AUDIT_LESS_THAN"] | defines["AUDIT_EQUAL"]);
        Assert.Equal((long)AuditOperator.GreaterThanOrEqual, defines["AUDIT_GREATER_THAN"] | defines["AUDIT_EQUAL"]);
        Assert.Equal((long)AuditOperator.BitTest, defines["AUDIT_BIT_MASK"] | defines["AUDIT_EQUAL"]);

        Assert.Equal((long)AuditFilterList.User, defines["AUDIT_FILTER_USER"]);
        Assert.Equal((long)AuditFilterList.Task, defines["AUDIT_FILTER_TASK"]);
        Assert.Equal((long)AuditFilterList.Exit, defines["AUDIT_FILTER_EXIT"]);
        Assert.Equal((long)AuditFilterList.Exclude, defines["AUDIT_FILTER_EXCLUDE"]);
        Assert.Equal((long)AuditFilterList.Filesystem, defines["AUDIT_FILTER_FS"]);
        Assert.Equal((long)AuditFilterList.IoUring, defines["AUDIT_FILTER_URING_EXIT"]);

        Assert.Equal((long)AuditRuleAction.Never, defines["AUDIT_NEVER"]);
        Assert.Equal((long)AuditRuleAction.Always, defines["AUDIT_ALWAYS"]);
    }

    [Theory]
    [InlineData("-a always,exclude -F msgtype=CWD", nameof(AuditFilterList.Exclude))]
    [InlineData("-a never,user -F uid=0", nameof(AuditFilterList.User))]
    [InlineData("-a always,task -F uid=0", nameof(AuditFilterList.Task))]
    [InlineData("-a never,filesystem -F fstype=tracefs -k t", nameof(AuditFilterList.Filesystem))]
    [InlineData("-a exit,always -F arch=b64 -S all", nameof(AuditFilterList.Exit))]
    public void A_rule_is_on_the_list_it_names_and_each_field_works_there(string line, string name)
    {
        AuditFilterList list = Enum.Parse<AuditFilterList>(name);
        AuditRule rule = Parse(line);

        Assert.Equal(list, rule.List);
        Assert.All(rule.Fields, f => Assert.NotEqual(AuditFilterLists.None, f.Info.KernelLists & AuditRuleFields.Flag(list)));
    }

    [Theory]
    [InlineData("exclude -F msgtype=CWD", 1307u)]
    [InlineData("exclude -F msgtype=UNKNOWN[1400]", 1400u)]
    [InlineData("exclude -F uid=root", 0u)]
    [InlineData("exclude -F auid=unset", 4294967295u)]
    [InlineData("exclude -F pid=010", 8u)]
    [InlineData("exit -F arch=b64 -S openat -F filetype=file", 0x8000u)]
    [InlineData("exit -F arch=b64 -S openat -F filetype=dir", 0x4000u)]
    [InlineData("exit -F arch=b64 -S openat -F filetype=fifo", 0x1000u)]
    [InlineData("exit -F arch=b64 -S openat -F exit=-EACCES", 4294967283u)]
    [InlineData("exit -F arch=b64 -S openat -F a0=-1", 4294967295u)]
    [InlineData("exit -F arch=b64 -S openat -F sessionid=unset", 4294967295u)]
    public void Numbers_are_held_as_the_32_bits_auditctl_sends(string rule, uint expected)
    {
        string field = rule[(rule.LastIndexOf(' ') + 1)..];
        AuditRuleField held = Field("-a always," + rule, field[..field.IndexOf('=', StringComparison.Ordinal)]);

        Assert.Equal((AuditRuleValueKind.Number, expected), (held.Value.Kind, held.Value.Number));
    }

    [Fact]
    public void Strings_keep_every_byte()
    {
        byte[] line = [.. Encoding.Latin1.GetBytes("-a always,exit -F arch=b64 -S openat -F obj_type=x\u00ff\u0001y -k "), 0xc3, 0x28, 0x01, (byte)'z'];
        AuditRule rule = Parse(line);

        Assert.Equal([(byte)'x', 0xff, 0x01, (byte)'y'], rule.Fields.Single(f => f.Name == "obj_type").Value.Bytes.ToArray());
        Assert.Equal([0xc3, 0x28, 0x01, (byte)'z'], rule.Fields.Single(f => f.Name == "key").Value.Bytes.ToArray());
    }

    [Fact]
    public void A_user_name_auditctl_looks_up_on_the_loading_host_is_kept_as_written()
    {
        AuditRuleField field = Field("-a always,exit -F arch=b64 -S openat -F uid=alice", "uid");

        Assert.Equal(AuditRuleValueKind.AccountName, field.Value.Kind);
        Assert.Equal("alice"u8.ToArray(), field.Value.Bytes.ToArray());
        Assert.NotEqual(Field("-a always,exit -F arch=b64 -S openat -F uid=bob", "uid"), field);
    }

    [Theory]
    [InlineData("uid=root", "uid=0")]
    [InlineData("loginuid=0", "auid=0")]
    [InlineData("auid=unset", "auid=-1")]
    [InlineData("exit=-EACCES", "exit=-13")]
    [InlineData("a0=0x10", "a0=16")]
    public void Fields_the_kernel_holds_alike_are_equal(string one, string other)
    {
        const string Rule = "-a always,exit -F arch=b64 -S openat -F ";
        string name = one[..one.IndexOf('=', StringComparison.Ordinal)];
        name = name == "loginuid" ? "auid" : name;
        AuditRuleField first = Field(Rule + one, name);
        AuditRuleField second = Field(Rule + other, name);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_comparison_is_one_pair_in_either_order()
    {
        AuditRuleField one = Field("-a always,exit -F arch=b64 -S all -C uid!=euid", "field_compare");
        AuditRuleField other = Field("-a always,exit -F arch=b64 -S all -C euid!=uid", "field_compare");

        Assert.Equal(one, other);
        Assert.NotEqual(Field("-a always,exit -F arch=b64 -S all -C euid=uid", "field_compare"), one);
        Assert.NotEqual(Field("-a always,exit -F arch=b64 -S all -C auid!=uid", "field_compare"), one);
    }

    [Fact]
    public void Lines_that_add_no_rule_have_no_list_or_action()
    {
        foreach (string line in (string[])["-D", "-b 8192", "# -a always,exit", ""])
        {
            AuditRule rule = Parse(line);
            Assert.Null(rule.List);
            Assert.Null(rule.Action);
            Assert.Empty(rule.Fields);
        }
    }

    // The plain numeric defines of tables/audit/audit.h (#define NAME 0x... or decimal).
    private static Dictionary<string, long> AuditHeaderDefines()
    {
        var defines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(RepositoryLayout.Table("audit/audit.h")))
        {
            string[] parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || parts[0] != "#define")
            {
                continue;
            }

            string value = parts[2];
            bool parsed = value.StartsWith("0x", StringComparison.Ordinal)
                ? long.TryParse(value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long number)
                : long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
            if (parsed)
            {
                defines.TryAdd(parts[1], number);
            }
        }

        return defines;
    }
}
