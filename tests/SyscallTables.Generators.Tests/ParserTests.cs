using System.Collections.Immutable;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Tests;

/// <summary>The text-to-model parsers on their own: table rows, defines, constant expressions and the row files.</summary>
public sealed class ParserTests
{
    private static readonly TableMetadata I386 = new("I386", "i386", null, null, null);

    [Fact]
    public void Table_rows_with_noreturn_without_entry_points_comments_and_CRLF()
    {
        const string text = "# comment\r\n\r\n1\ti386\texit\t\t\tsys_exit\t\t\t-\t\t\tnoreturn\r\n17\ti386\tbreak\r\n   # indented comment\r\n18 i386 oldstat sys_stat\r\n20\ti386\tgetpid";
        var (table, diagnostics) = SyscallTableParser.Parse("t.tbl", text, I386);

        Assert.Empty(diagnostics);
        Assert.NotNull(table);
        Assert.Equal([(1, "exit"), (17, "break"), (18, "oldstat"), (20, "getpid")], table.Rows.Select(r => (r.Number, r.Name)));
        // Line numbers count CRLF as one break: exit is on the third line, getpid (no final newline) on the seventh.
        Assert.Equal([2, 3, 5, 6], table.Rows.Select(r => r.Location.Line));
        Assert.Equal("I386", table.AuditArch);
    }

    [Fact]
    public void Table_metadata_offset_bit_and_audit_arch()
    {
        var (table, diagnostics) = SyscallTableParser.Parse("t.tbl", "0 o32 syscall\n", new TableMetadata(" Mips ", "o32", "MipsEl", "4000", "0X10"));

        Assert.Empty(diagnostics);
        Assert.Equal(("Mips", "MipsEl", 4000, 16), (table!.Arch, table.AuditArch, table.NumberOffset, table.SyscallBit));
    }

    [Theory]
    [InlineData("common;64", new[] { "common", "64" })]
    [InlineData("common 64\tx32", new[] { "common", "64", "x32" })]
    [InlineData(" ,common,, ", new[] { "common" })]
    [InlineData(null, new string[0])]
    public void Abis_lists_split_on_semicolons_commas_and_blanks(string? value, string[] expected)
        => Assert.Equal(expected, SyscallTableParser.SplitList(value));

    [Fact]
    public void Defines_join_continuations_and_open_comments_and_skip_function_like_macros()
    {
        const string header = "#ifndef X\n#define X\n# define  A   1  /* one */\n#define B \\\n  (A | \\\n   2)\n#define C 3 /* spans\n   two lines */\n#define F(x) ((x) + 1)\n#define D 4 // trailing\n#definedNot 5\nint x; /* #define E 6 */\n#define G 7\n";
        var file = DefineParser.Parse("h.h", header);

        Assert.Equal(
            [("X", "", null), ("A", "1", "one"), ("B", "(A | 2)", null), ("C", "3", "spans two lines"), ("D", "4", "trailing"), ("G", "7", null)],
            file.Defines.Select(d => (d.Name, d.Value, d.Comment)));
        Assert.Equal((2, 10), (file.Defines[1].Location.Line, file.Defines[1].Location.StartColumn));
        Assert.Equal(3, file.Defines[2].Location.Line); // a continued define is located at its first line
        Assert.Equal(12, file.Defines[5].Location.Line);
    }

    [Fact]
    public void A_slash_star_inside_a_line_comment_does_not_swallow_the_next_define()
    {
        var file = DefineParser.Parse("h.h", "#define A 1 // see /* below\n#define B 2\n");

        Assert.Equal([("A", "1"), ("B", "2")], file.Defines.Select(d => (d.Name, d.Value)));
    }

    [Theory]
    [InlineData("62", 62UL)]
    [InlineData("0x40000000", 0x40000000UL)]
    [InlineData("0XC000003EUL", 0xC000003EUL)]
    [InlineData("010", 8UL)]
    [InlineData("0", 0UL)]
    [InlineData("(1 << 3)", 8UL)]
    [InlineData("1|2|4", 7UL)]
    [InlineData("(EM|HI) & ~HI", 62UL)]
    [InlineData("  ( ( EM ) )  ", 62UL)]
    [InlineData("HI >> 30 ^ 1", 2UL)] // as in C, ^ binds looser than >>
    [InlineData("EM + 2 - 1", 63UL)]
    [InlineData("-1", ulong.MaxValue)]
    public void Constant_expressions_evaluate(string text, ulong expected)
    {
        var (value, error) = ConstantExpression.Evaluate(text, Names);

        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("NOPE", "'NOPE' is not defined")]
    [InlineData("LOOP", "'LOOP' is defined in terms of itself")]
    [InlineData("PING", "is defined in terms of itself")]
    [InlineData("(1", "missing ')'")]
    [InlineData("1 +", "the expression ends too early")]
    [InlineData("09", "'09' is not a number")]
    [InlineData("0xZ", "'0xZ' is not a number")]
    [InlineData("99999999999999999999999", "is not a number")]
    [InlineData("1 2", "unexpected '2'")]
    [InlineData("\"str\"", "unexpected '\"'")]
    [InlineData("1 && 2", "unexpected '&& 2'")]
    [InlineData("", "the define has no value")]
    public void Constant_expressions_report_errors_instead_of_throwing(string text, string error)
    {
        var (_, actual) = ConstantExpression.Evaluate(text, Names);

        Assert.NotNull(actual);
        Assert.Contains(error, actual, StringComparison.Ordinal);
    }

    // powerpc's asm/ioctl.h narrows the size field to 13 bits and numbers the directions 1, 2, 4; the generic _IOC
    // composes them, as the kernel's headers do for TIOCGPGRP, FIONBIO and TCSBRK.
    [Theory]
    [InlineData("_IOR('t', 119, int)", 0x40047477UL)]
    [InlineData("_IOW('f', 126, int)", 0x8004667EUL)]
    [InlineData("_IO('t', 29)", 0x2000741DUL)]
    [InlineData("_IOR('t', 104, struct winsize)", 0x40087468UL)]
    [InlineData("_IOR('t', 19, struct termios)", 0x402C7413UL)] // through __SIZEOF_STRUCT_TERMIOS__, as powerpc's sizes.h gives it
    public void Function_like_macros_expand_with_the_arch_field_widths(string text, ulong expected)
    {
        var (value, error) = ConstantExpression.Evaluate(text, IoctlNames, IoctlMacro);

        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("_IOR('t', 19, struct termio)", "sizeof(struct termio) is not known (the generator knows C's basic types; define __SIZEOF_STRUCT_TERMIO__")]
    [InlineData("_IO('t')", "_IO takes 2 arguments, not 1")]
    [InlineData("_IO('tt', 1)", "is not a character constant")]
    [InlineData("LOOPY(1)", "expands too deeply")]
    public void Function_like_macros_report_what_they_cannot_compute(string text, string error)
    {
        var (_, actual) = ConstantExpression.Evaluate(text, IoctlNames, IoctlMacro);

        Assert.NotNull(actual);
        Assert.Contains(error, actual, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, FunctionMacro> IoctlMacros = DefineParser.Parse("ioctl.h", """
        #define _IOC(dir,type,nr,size) \
        	(((dir)  << _IOC_DIRSHIFT) | \
        	 ((type) << _IOC_TYPESHIFT) | \
        	 ((nr)   << _IOC_NRSHIFT) | \
        	 ((size) << _IOC_SIZESHIFT))
        #define _IOC_TYPECHECK(t) (sizeof(t))
        #define _IO(type,nr)		_IOC(_IOC_NONE,(type),(nr),0)
        #define _IOR(type,nr,size)	_IOC(_IOC_READ,(type),(nr),(_IOC_TYPECHECK(size)))
        #define _IOW(type,nr,size)	_IOC(_IOC_WRITE,(type),(nr),(_IOC_TYPECHECK(size)))
        #define LOOPY(x) (LOOPY(x) + 1)
        """).Macros.ToDictionary(m => m.Name);

    private static FunctionMacro? IoctlMacro(string name) => IoctlMacros.TryGetValue(name, out FunctionMacro? m) ? m : null;

    private static (ulong Value, string? Error) IoctlNames(string name) => IoctlResolver(name);

    private static readonly Func<string, (ulong Value, string? Error)> IoctlResolver = ConstantExpression.Resolver(new Dictionary<string, string>
    {
        ["_IOC_NRSHIFT"] = "0",
        ["_IOC_TYPESHIFT"] = "(_IOC_NRSHIFT+8)",
        ["_IOC_SIZESHIFT"] = "(_IOC_TYPESHIFT+8)",
        ["_IOC_DIRSHIFT"] = "(_IOC_SIZESHIFT+13)",
        ["_IOC_NONE"] = "1U",
        ["_IOC_READ"] = "2U",
        ["_IOC_WRITE"] = "4U",
        ["__SIZEOF_STRUCT_TERMIOS__"] = "44",
    }, IoctlMacros);

    [Fact]
    public void Errno_message_rows_keep_blanks_inside_the_message()
    {
        var (rows, diagnostics) = RowFileParser.ParseErrnoMessages("m.txt", "# c\n\nEAGAIN\t11\tResource temporarily unavailable \r\nEPERM\t1\tOperation\tnot permitted\n");

        Assert.Empty(diagnostics);
        Assert.Equal([("EAGAIN", 11, "Resource temporarily unavailable", 2), ("EPERM", 1, "Operation\tnot permitted", 3)], rows.Select(r => (r.Name, r.Number, r.Message, r.Location.Line)));
    }

    [Fact]
    public void Audit_name_rows_accept_tabs_or_spaces()
    {
        var (rows, diagnostics) = RowFileParser.ParseAuditNames("a.txt", "# ARCH NUMBER AUDIT KERNEL\nx86_64\t17\tpread\tpread64\naarch64  61  getdents  getdents64\n");

        Assert.Empty(diagnostics);
        Assert.Equal([("x86_64", 17, "pread", "pread64"), ("aarch64", 61, "getdents", "getdents64")], rows.Select(r => (r.Arch, r.Number, r.AuditName, r.KernelName)));
    }

    private static (ulong Value, string? Error) Names(string name) => Resolver(name);

    private static readonly Func<string, (ulong Value, string? Error)> Resolver = ConstantExpression.Resolver(new Dictionary<string, string>
    {
        ["EM"] = "62",
        ["HI"] = "0xC0000000",
        ["LOOP"] = "LOOP | 1",
        ["PING"] = "PONG",
        ["PONG"] = "(PING)",
    }.ToImmutableDictionary());
}
