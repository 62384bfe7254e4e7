using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Tests;

public sealed class SyscallTableParserTests
{
    private static readonly TableMetadata X86_64 = new("X86_64", "common;64", null, null, null);

    [Fact]
    public void Keeps_only_the_declared_abis()
    {
        var (table, diagnostics) = SyscallTableParser.Parse("t.tbl", "0\tcommon\tread\tsys_read\n13\t64\trt_sigaction\t\tsys_rt_sigaction\n512\tx32\trt_sigaction\tcompat_sys_rt_sigaction\n", X86_64);

        Assert.Empty(diagnostics);
        Assert.NotNull(table);
        Assert.Equal(["read", "rt_sigaction"], table.Rows.Select(r => r.Name));
        Assert.Equal([0, 13], table.Rows.Select(r => r.Number));
        Assert.Equal(["64", "common", "x32"], table.AbisPresent);
    }
}
