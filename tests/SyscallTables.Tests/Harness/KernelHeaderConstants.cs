using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// What the C compiler makes of a set of macro and enum names when it compiles the kernel's headers for one arch:
/// each name's value, or that the arch's headers do not define it, or why it has no integer value.
/// </summary>
/// <remarks>
/// The headers are the source tree's, set up the way an installed <c>usr/include</c> would have them:
/// <list type="bullet">
/// <item><c>asm/X.h</c> is the arch's own <c>arch/*/include/uapi/asm/X.h</c>, or, for the headers Kbuild makes
/// mandatory (include/uapi/asm-generic/Kbuild <c>mandatory-y</c>) or the arch lists as <c>generic-y</c>, a wrapper
/// holding <c>#include &lt;asm-generic/X.h&gt;</c>, as scripts/Makefile.asm-headers writes it.</item>
/// <item>scripts/headers_install.sh drops <c>#include &lt;linux/compiler(_types).h&gt;</c>, strips <c>__user</c> and
/// friends and defines <c>__EXPORTED_HEADERS__</c>; empty stand-ins and -D flags do the same.</item>
/// <item>Two UAPI headers include the C library (if.h: <c>&lt;sys/socket.h&gt;</c> for <c>struct sockaddr</c>,
/// shm.h: <c>&lt;unistd.h&gt;</c>); minimal stand-ins replace it, because the host's glibc headers are x86_64's.</item>
/// <item>The kernel-internal headers are reduced by <see cref="KernelInternalHeader"/> and compiled after the UAPI
/// ones in the order the kernel's own includes reach them.</item>
/// </list>
/// </remarks>
internal sealed partial class KernelHeaderConstants
{
    // Every UAPI header tables/import reads for argument constants (and audit.h, elf-em.h), by the name a program
    // includes it; the asm/ ones are those tables/import takes from asm-generic or an arch folder.
    private static readonly string[] UapiHeaders =
    [
        // First, as a C library's headers would have it: mips' asm/fcntl.h tests __BITS_PER_LONG before including
        // anything that defines it, so <linux/fcntl.h> alone gives o32 the generic F_GETLK64 (12), not its own (33).
        "linux/types.h",
        "linux/fcntl.h", "linux/mman.h", "asm/signal.h", "asm/resource.h", "linux/sched.h", "linux/stat.h", "linux/fs.h",
        "linux/mount.h", "linux/eventpoll.h", "linux/time.h", "linux/net.h", "linux/ipc.h", "linux/ptrace.h", "linux/prctl.h",
        "asm/ioctls.h", "asm/socket.h", "asm/sockios.h", "linux/sockios.h", "linux/in.h", "linux/in6.h", "linux/tcp.h",
        "linux/udp.h", "linux/if_packet.h", "linux/netfilter_ipv4/ip_tables.h", "linux/netfilter_ipv6/ip6_tables.h",
        "linux/shm.h", "linux/capability.h", "linux/icmp.h", "linux/seccomp.h", "linux/audit.h", "linux/elf-em.h",
        "linux/bpf.h", "linux/personality.h", "linux/netfilter.h",

        // Not read by tables/import, but mips' and powerpc's terminal ioctl numbers take sizeof of their structs.
        "asm/termbits.h", "asm/termios.h",
    ];

    // The kernel's asm/socket.h comes first where the arch has one (mips: its enum sock_type replaces net.h's, which
    // net.h skips under ARCH_HAS_SOCKET_TYPES); then the order include/linux/net.h reaches the others.
    private static readonly string[] InternalHeaders = ["arch/{0}/include/asm/socket.h", "include/linux/socket.h", "include/linux/net.h", "include/linux/fs.h"];

    private KernelHeaderConstants(Dictionary<string, ulong> values, HashSet<string> undefined, Dictionary<string, string> unevaluated, List<string> warnings)
    {
        Values = values;
        Undefined = undefined;
        Unevaluated = unevaluated;
        Warnings = warnings;
    }

    /// <summary>The value of each name the headers define, as C's conversion to unsigned long long gives it.</summary>
    public IReadOnlyDictionary<string, ulong> Values { get; }

    /// <summary>Names that are neither a macro nor an enum constant on this arch.</summary>
    public IReadOnlySet<string> Undefined { get; }

    /// <summary>Names that are defined but are no integer constant expression, with clang's reason.</summary>
    public IReadOnlyDictionary<string, string> Unevaluated { get; }

    /// <summary>clang's warnings on the headers (a macro redefined with another value would show here).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Why <paramref name="clang"/> cannot compile for the target's triple, or null when it can.</summary>
    public static string? UnsupportedReason(string clang, KernelHeaderTarget target)
    {
        HostCommandResult probe = HostCommand.Run(clang, ["--target=" + target.Triple, "-fsyntax-only", "-x", "c", "/dev/null"]);
        return probe.ExitCode == 0 ? null : $"{clang} cannot compile for {target.Triple}: {probe.StandardError.Trim()}";
    }

    /// <summary>Compiles the headers of <paramref name="target"/> with <paramref name="clang"/> and reads the names' values.</summary>
    public static KernelHeaderConstants Compile(string clang, string sourceRoot, KernelHeaderTarget target, IReadOnlyCollection<string> names)
    {
        string work = Directory.CreateTempSubdirectory($"kernel-constants-{target.Arch}-").FullName;
        try
        {
            var wanted = new HashSet<string>(names, StringComparer.Ordinal);
            string[] args = PrepareIncludes(sourceRoot, target, work, wanted);
            var undefined = new HashSet<string>(StringComparer.Ordinal);
            var unevaluated = new Dictionary<string, string>(StringComparer.Ordinal);

            // The first compile finds the names that are no constant (an undeclared identifier is a compile error, not
            // something the preprocessor can test); the second, without them, gives the values.
            for (int attempt = 1; ; attempt++)
            {
                string[] remaining = [.. names.Where(n => !undefined.Contains(n) && !unevaluated.ContainsKey(n))];
                Dictionary<int, (string Name, bool IsMacro)> lines = WriteSource(Path.Combine(work, "constants.c"), remaining);
                HostCommandResult result = HostCommand.Run(clang, args, work);
                List<string> warnings = [.. result.StandardError.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal))];
                if (result.ExitCode == 0)
                {
                    return new KernelHeaderConstants(ReadValues(result.StandardOutput, remaining, unevaluated), undefined, unevaluated, warnings);
                }

                var misplaced = new List<string>();
                foreach (Match error in CompileError().Matches(result.StandardError))
                {
                    if (error.Groups["file"].Value == "constants.c"
                        && lines.TryGetValue(int.Parse(error.Groups["line"].Value, CultureInfo.InvariantCulture), out var entry))
                    {
                        string message = error.Groups["message"].Value.Trim();
                        if (!entry.IsMacro && message.StartsWith("use of undeclared identifier", StringComparison.Ordinal))
                        {
                            undefined.Add(entry.Name);
                        }
                        else
                        {
                            unevaluated.TryAdd(entry.Name, message);
                        }
                    }
                    else
                    {
                        misplaced.Add(error.Value);
                    }
                }

                // An error in a header, or one without a place (a bad flag), means the set-up is wrong for this arch.
                if (misplaced.Count > 0 || attempt == 2 || !CompileError().IsMatch(result.StandardError))
                {
                    throw new InvalidOperationException(
                        $"clang {string.Join(' ', args)} failed (exit {result.ExitCode}); the headers do not compile for {target.Triple}:\n{result.StandardError}");
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string[] PrepareIncludes(string root, KernelHeaderTarget target, string work, HashSet<string> wanted)
    {
        string archUapi = Path.Combine(root, "arch", target.KernelArch, "include", "uapi");
        string wrappers = Path.Combine(work, "asm-generic-wrappers");
        Directory.CreateDirectory(Path.Combine(wrappers, "asm"));
        foreach (string header in KbuildGenericHeaders(Path.Combine(root, "include/uapi/asm-generic/Kbuild"), "mandatory-y")
            .Concat(KbuildGenericHeaders(Path.Combine(archUapi, "asm/Kbuild"), "generic-y")))
        {
            if (!File.Exists(Path.Combine(archUapi, "asm", header)))
            {
                File.WriteAllText(Path.Combine(wrappers, "asm", header), $"#include <asm-generic/{header}>\n");
            }
        }

        string stubs = Path.Combine(work, "userspace-stubs");
        Directory.CreateDirectory(Path.Combine(stubs, "sys"));
        Directory.CreateDirectory(Path.Combine(stubs, "linux"));
        File.WriteAllText(Path.Combine(stubs, "sys", "socket.h"), "struct sockaddr { unsigned short sa_family; char sa_data[14]; };\n");
        File.WriteAllText(Path.Combine(stubs, "unistd.h"), "");
        File.WriteAllText(Path.Combine(stubs, "linux", "compiler.h"), "");
        File.WriteAllText(Path.Combine(stubs, "linux", "compiler_types.h"), "");

        var includes = new StringBuilder();
        foreach (string header in UapiHeaders)
        {
            includes.Append("#include <").Append(header).Append(">\n");
        }

        // asm-generic/socket.h picks SO_RCVTIMEO, SO_TIMESTAMP, ... on 32-bit arches by the C library's time_t: long
        // is the original ABI, whose values those names have; a program built with 64-bit time_t passes the *_NEW
        // values, which argument-names.txt lists as rows of their own.
        includes.Append("typedef long time_t;\n");

        // Configuration the kernel-internal headers test. CONFIG_COMPAT: include/linux/socket.h makes MSG_CMSG_COMPAT
        // bit 31 with it and 0 without (a 32-bit kernel), a value no flag can match; the bit is what a record can
        // carry and what ausearch names. IS_ENABLED (linux/kconfig.h) is reached by fs.h's #if only; no other option is on.
        includes.Append("#define CONFIG_COMPAT 1\n#define IS_ENABLED(option) 0\n");
        foreach (string relative in InternalHeaders)
        {
            string path = Path.Combine(root, string.Format(CultureInfo.InvariantCulture, relative, target.KernelArch));
            if (File.Exists(path))
            {
                string reduced = "kernel-" + relative.Replace('/', '-').Replace("{0}", target.KernelArch, StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(work, reduced), KernelInternalHeader.Reduce(path, wanted));
                includes.Append("#include \"").Append(reduced).Append("\"\n");
            }
        }

        File.WriteAllText(Path.Combine(work, "headers.h"), includes.ToString());
        return
        [
            "--target=" + target.Triple, .. target.ExtraFlags, "-std=gnu11", "-ffreestanding", "-nostdlibinc", "-ferror-limit=0", "-fno-color-diagnostics",
            "-D__EXPORTED_HEADERS__", "-D__user=", "-D__force=", "-D__iomem=", "-D__attribute_const__=", "-D__packed=__attribute__((packed))",
            "-I", archUapi, "-I", wrappers, "-I", stubs, "-I", Path.Combine(root, "include", "uapi"),
            "-S", "-emit-llvm", "-o", "-", "constants.c",
        ];
    }

    private static IEnumerable<string> KbuildGenericHeaders(string kbuild, string variable) =>
        !File.Exists(kbuild) ? [] : File.ReadLines(kbuild)
            .Select(l => l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 3 && f[0] == variable && f[1] == "+=")
            .Select(f => f[2]);

    /// <summary>One C line per name: the macro's value where the preprocessor knows it, else the name as an enum constant.</summary>
    private static Dictionary<int, (string Name, bool IsMacro)> WriteSource(string path, string[] names)
    {
        var lines = new Dictionary<int, (string, bool)>();
        var source = new StringBuilder("#include \"headers.h\"\n");
        int line = 1;
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i];
            source.Append("#ifdef ").Append(name).Append('\n');
            source.Append("const unsigned long long v_").Append(i).Append(" = (unsigned long long)(").Append(name).Append(");\n");
            lines[line + 2] = (name, true);
            source.Append("#else\n");
            source.Append("const unsigned long long e_").Append(i).Append(" = (unsigned long long)(").Append(name).Append(");\n");
            lines[line + 4] = (name, false);
            source.Append("#endif\n");
            line += 5;
        }

        File.WriteAllText(path, source.ToString());
        return lines;
    }

    private static Dictionary<string, ulong> ReadValues(string ir, string[] names, Dictionary<string, string> unevaluated)
    {
        var values = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (Match global in IrGlobal().Matches(ir))
        {
            string name = names[int.Parse(global.Groups["index"].Value, CultureInfo.InvariantCulture)];
            string initializer = global.Groups["value"].Value.Trim();
            if (long.TryParse(initializer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            {
                values[name] = unchecked((ulong)value);
            }
            else
            {
                unevaluated[name] = "not an integer constant: " + initializer;
            }
        }

        string[] lost = [.. names.Where(n => !values.ContainsKey(n) && !unevaluated.ContainsKey(n))];
        return lost.Length == 0 ? values : throw new InvalidOperationException("clang's output lacks the constants " + string.Join(", ", lost));
    }

    [GeneratedRegex(@"^(?<file>[^:\n]+):(?<line>\d+):\d+: (?:fatal )?error: (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex CompileError();

    [GeneratedRegex(@"^@[ve]_(?<index>\d+) = (?:dso_local )?constant i64 (?<value>.+?), align \d+$", RegexOptions.Multiline)]
    private static partial Regex IrGlobal();
}
