namespace SyscallTables.Cli;

/// <summary>What <c>--help</c> prints: the auditd workflow it serves, by example.</summary>
internal static class HelpText
{
    public const string Syscalls = """
        syscalls - Linux syscall, errno and audit arch lookups (a superset of ausyscall)

        Audit records speak in numbers:  arch=c000003e syscall=83 success=no exit=-17
          syscalls 83                  number -> name on this machine's arch   (mkdir)
          syscalls x86_64 mkdir        names containing "mkdir", padded, then the number
          syscalls x86_64 mkdir --exact
                                       just the number of exactly that syscall (83)
          syscalls i386 --dump         the whole table: header, then NUMBER<TAB>NAME
          syscalls errno 17            EEXIST 17 File exists   (also -17 and EEXIST)
          syscalls arch c000003e       x86_64 c000003e         (also x86_64, b32, i686)
        ...which gives the rule:  -a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST

        Usage:
          syscalls [ARCH] NAME|NUMBER [--exact] [--audit-names]
          syscalls [ARCH] --dump [--audit-names]
          syscalls errno NAME|NUMBER | --list | --search WORD  [--arch ARCH]
          syscalls arch [HEX|NAME] | --list
          syscalls interpret [FILE...] [--json] [--audit-names]   (see syscalls interpret --help)

        ARCH    every kernel ABI: x86_64, x32, i386, aarch64, arm, riscv64, loongarch64, ppc,
                ppc64, ppc64le, s390, s390x, mips, mipsel, mips64, mips64n32, ... (syscalls arch
                --list); b64/b32 = this machine's 64/32-bit arch; uname -m names (amd64, i686,
                arm64, armv7l); audit hex (c000003e, 40000003, c00000b7).
                Default: this machine's. An arch without a table is an error, never x86_64.
        NAME    matched case-insensitively as a substring, like ausyscall; kernel names
                (pread64) and audit-userspace names (pread) both match.
        --exact       NAME must be a whole name; print only its number
        --dump        print every syscall of ARCH
        --audit-names print audit-userspace's names (what auditctl and ausearch use)
                      instead of the kernel's; a link named ausyscall does this by default
        --help, --version

        Exit status: 0 found, 1 not found or unknown arch, 2 usage error (one line on stderr).
        Invoked as `ausyscall` (ln -s syscalls ausyscall) it answers as ausyscall 3.0.9 does.

        """;

    public const string Interpret = """
        syscalls interpret - audit logs in words, as `ausearch -i` prints them

          syscalls interpret /var/log/audit/audit.log
              type=SYSCALL msg=audit(1723819442.459:2482682): arch=c000003e syscall=83 success=no exit=-17
            becomes
              type=SYSCALL msg=audit(08/16/24 14:44:02.459:2482682) : arch=x86_64 syscall=mkdir
              success=no exit=EEXIST(File exists) ...
          syscalls interpret --json audit.log | jq .   one event per line, raw and interpreted values
          ausearch -r -k mykey | syscalls interpret     what ausearch found, interpreted (stdin)

        Usage:
          syscalls interpret [FILE...] [--json] [--audit-names]
          syscalls interpret --plugin[=FILE] [--json] [--audit-names]

        FILE           audit logs, read in turn; none or - reads stdin.
        --json         JSON Lines: {"time":"...Z","serial":N,"node":...,"records":[{"type":...,
                       "fields":[{"name":...,"raw":...,"interpreted":...}]}]}; time in UTC
        --audit-names  audit-userspace's syscall names (pread), not the kernel's (pread64)
        --plugin       run as an auditd dispatcher plugin: records on stdin, each event written
                       and flushed as soon as it is complete (EOE); SIGTERM stops, SIGHUP
                       reopens FILE. Sample: audisp/syscalls-interpret.conf (plugins.d).
        --plugin=FILE  the same, appending to FILE (one argument, as plugins.d's args allow)
        --output FILE  append to FILE instead of writing to stdout (also --output=FILE)

        Events are separated by ---- and their records printed last first, as ausearch does;
        times are local (TZ is honoured). Records of one event are grouped even when
        interleaved; lines that are not audit records are copied through unchanged, in place.
        Syscall arguments are decoded with the record's arch, not this machine's.
        Exit status: 0 done, 1 a FILE is missing or unreadable, 2 usage error.

        """;

    public const string Ausyscall = """
        usage: ausyscall [arch] name | number | --dump | --exact
          ausyscall 83                 number -> name (mkdir)
          ausyscall x86_64 mkdir       names containing "mkdir" and their numbers
          ausyscall mkdir --exact      the number of exactly mkdir
          ausyscall i386 --dump        the whole i386 table
        This is syscalls answering as ausyscall (audit-userspace names). Unlike ausyscall 3.0.9 it
        refuses an arch it has no table for instead of using the x86_64 table.
        Run it as syscalls for errno and arch lookups (syscalls --help).

        """;
}
