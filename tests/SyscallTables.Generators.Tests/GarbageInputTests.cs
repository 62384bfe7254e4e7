using System.Text;
using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// Whatever the files hold, the generator reports diagnostics and never throws, and what it does emit compiles.
/// Inputs are random but seeded, so a failure reproduces; the seed and iteration are in the failure message.
/// </summary>
public sealed class GarbageInputTests
{
    private const int Seed = 20241124;

    // Pieces of the real formats, so that random lines get deep into the parsers rather than failing on the first char.
    private static readonly string[] Tokens =
    [
        "0", "17", "4000", "2147483647", "99999999999", "0x40000000", "-1", "common", "64", "x32", "i386", "o32", "read", "break", "lock",
        "class", "_", "value__", "sys_read", "-", "noreturn", "#", "#define", "# define", "AUDIT_ARCH_", "AUDIT_ARCH_X86_64", "AUDIT_ARCH_1",
        "EM_X86_64", "__AUDIT_ARCH_64BIT", "|", "<<", "(", ")", "~", "EPERM", "EAGAIN", "EWOULDBLOCK", "E", "\\", "/*", "*/", "//", "\t", " ",
        "\t\t", "x86_64", "X86_64", "pread", "pread64", "é", "\u00a0", "\ud800", "\0", "\"", "'", "{", "}",
    ];

    [Fact]
    public void Random_token_soup_never_throws_and_what_is_emitted_compiles()
    {
        var random = new Random(Seed);
        for (int iteration = 0; iteration < 60; iteration++)
        {
            var inputs = new List<TableInput>
            {
                TableInput.SyscallTable("/g/a.tbl", Soup(random), Pick(random, "X86_64", "x86_64", "I386", "A", null), Pick(random, "common 64", "i386", "x32 common", "", null), Pick(random, null, "X86_64", "I386"), Pick(random, null, "4000", "2147483000", "x"), Pick(random, null, "0x40000000", "0x7fffffff")),
                TableInput.SyscallTable("/g/b.tbl", Soup(random), Pick(random, "X86_64", "x86_64", "I386"), "common 64 i386"),
                TableInput.AuditHeader("/g/audit.h", Soup(random)),
                TableInput.AuditHeader("/g/elf-em.h", FixtureTables.ElfEmH),
                TableInput.AuditHeader("/g/audit-real.h", FixtureTables.AuditH),
                TableInput.ErrnoHeader("/g/errno.h", Soup(random)),
                TableInput.ErrnoMessages("/g/messages.txt", Soup(random)),
                TableInput.AuditNames("/g/audit-names.txt", Soup(random)),
            };

            Check(inputs, $"seed {Seed}, iteration {iteration}");
        }
    }

    [Fact]
    public void Random_bytes_empty_files_and_huge_lines_never_throw()
    {
        var random = new Random(Seed);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        string[] texts =
        [
            string.Empty,
            "\n\n\r\n\r",
            Encoding.UTF8.GetString(bytes),
            Encoding.Latin1.GetString(bytes),
            new string('a', 1 << 20),
            "0 common " + new string('n', 1 << 16) + " sys_n\n",
            "#define AUDIT_ARCH_DEEP " + new string('(', 5000) + "1" + new string(')', 5000) + "\n",
            "#define EPERM 1 \\\n" + string.Concat(Enumerable.Repeat("\\\n", 10000)),
        ];

        foreach ((string text, int index) in texts.Select((t, i) => (t, i)))
        {
            Check(
                [
                    TableInput.SyscallTable("/g/a.tbl", text, "X86_64", "common 64"),
                    TableInput.AuditHeader("/g/audit.h", text),
                    TableInput.ErrnoHeader("/g/errno.h", text),
                    TableInput.ErrnoMessages("/g/messages.txt", text),
                    TableInput.AuditNames("/g/audit-names.txt", text),
                ],
                $"text #{index}");
        }
    }

    private static void Check(List<TableInput> inputs, string what)
    {
        var host = new GeneratorHost(inputs);
        var run = host.Run();
        Assert.True(run.Exception is null, $"{what}: {run.Exception}");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "SCT099" or "CS8785");
        var problems = host.OutputProblems();
        Assert.True(problems.Count == 0, $"{what}: the generated code does not compile:\n{string.Join("\n", problems.Take(10))}\n--- inputs:\n{string.Join("\n---\n", inputs.Select(i => i.Path + "\n" + (i.Text.Length > 2000 ? i.Text[..2000] + "..." : i.Text)))}");
    }

    private static string Soup(Random random)
    {
        var sb = new StringBuilder();
        int lines = random.Next(0, 12);
        for (int line = 0; line < lines; line++)
        {
            int fields = random.Next(0, 8);
            for (int f = 0; f < fields; f++)
            {
                sb.Append(Tokens[random.Next(Tokens.Length)]);
                sb.Append(random.Next(3) == 0 ? " " : "\t");
            }

            sb.Append(random.Next(5) == 0 ? "\r\n" : "\n");
        }

        return sb.ToString();
    }

    private static string? Pick(Random random, params string?[] choices) => choices[random.Next(choices.Length)];
}
