using System.Globalization;

namespace SyscallTables.Cli;

/// <summary>What <c>--help</c> prints: the auditd workflow it serves, by example.</summary>
internal static class HelpText
{
    /// <summary>The exit status every command shares (SyscallsCli.OutputClosed says why 141).</summary>
    private const string OutputGone = "141 when the output's reader has gone (| head)";

    public const string Syscalls = $$"""
        syscalls - Linux audit in plain words: syscall, errno and arch lookups (a superset of
        ausyscall), log interpretation, exclusion rules and rule checks

        Audit records speak in numbers:  arch=c000003e syscall=83 success=no exit=-17
          syscalls 83                  number -> name on this machine's arch   (mkdir)
          syscalls x86_64 mkdir        names containing "mkdir", padded, then the number
          syscalls x86_64 mkdir --exact
                                       just the number of exactly that syscall (83)
          syscalls i386 --dump         the whole table: header, then NUMBER<TAB>NAME
          syscalls errno 17            EEXIST 17 File exists   (also -17 and EEXIST)
          syscalls arch c000003e       x86_64 c000003e         (also x86_64, b32, i686)
          syscalls interpret audit.log whole events as ausearch -i shows them (--json for JSON Lines)
          syscalls rule audit.log      the rule for the noise, most frequent first:
                                       -A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude
          syscalls lint audit.rules    what auditctl would reject, and never rules that come too late

        Usage:
          syscalls [ARCH] NAME|NUMBER [--exact] [--audit-names]
          syscalls [ARCH] --dump [--audit-names]
          syscalls errno NAME|NUMBER | --list | --search WORD  [--arch ARCH]
          syscalls arch [HEX|NAME] | --list
          syscalls interpret [FILE...] [--json] [--audit-names]   (see syscalls interpret --help)
          syscalls rule [FILE...] [--by exe,auid,...] [--all]    noisy events -> never rules (syscalls rule --help)
          syscalls lint FILE...        check audit.rules offline   (see syscalls lint --help)

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

        Exit status: 0 found, 1 not found, unknown arch or a failed write, 2 usage error (one line
        on stderr), {{OutputGone}}.
        Invoked as `ausyscall` (ln -s syscalls ausyscall) it answers as ausyscall 3.0.9 does.

        """;

    public static readonly string Interpret = string.Create(CultureInfo.InvariantCulture, $$"""
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
                       "fields":[{"name":...,"raw":...,"interpreted":...}],"line":...,
                       "lineNumber":N}]}; time in UTC (null past year 9999, with the stamp's
                       "seconds" and "milliseconds"); other lines as {"line":...}. No byte is
                       lost: "lineBase64"/"rawBase64" where a line or value is not UTF-8,
                       "partial" where no newline ended a line, "text" for what is no field.
        --audit-names  audit-userspace's syscall names (pread), not the kernel's (pread64)
        --plugin       run as an auditd dispatcher plugin: records on stdin, each event written
                       and flushed as soon as it is complete (EOE); SIGTERM stops, SIGHUP
                       reopens FILE. Sample: audisp/syscalls-interpret.conf (plugins.d). When FILE
                       cannot be written (disk full, its folder gone), the plugin runs on: it says so
                       on stderr (auditd's log), holds up to {{PluginOutput.MaxHeldBytes / (1024 * 1024)}} MB of events, and writes them when
                       SIGHUP or an event {{PluginOutput.RetrySeconds}} s later finds FILE writable; when the queue is full, newer
                       events are dropped and counted.
        --plugin=FILE  the same, appending to FILE (one argument, as plugins.d's args allow)
        --output FILE  append to FILE instead of writing to stdout (also --output=FILE); a FILE
                       that is also an input (or stdin) is refused, as cat does

        Events are separated by ---- and their records printed last first, as ausearch does;
        times are local (TZ read as glibc reads it: a zone name, :name or path, or a rule such as
        JST-9; ? past localtime's range). Records of one event are grouped even when
        interleaved; lines that are not audit records are copied through unchanged, in place.
        Syscall arguments are decoded with the record's arch, not this machine's.
        Exit status: 0 done, 1 a FILE or the output cannot be read or written, 2 usage error,
        {{OutputGone}}.

        """);

    public const string Rule = $$"""
        syscalls rule - noisy audit events to exclusion rules that work

        Reads audit records (audit.log, syslog-prefixed, ENRICHED, or ausearch -i text; stdin when no
        FILE), groups the failing syscall events by arch, syscall and exit, and prints one rule per
        group, most frequent first, under a comment with the count and an interpreted example:
          # 4,211 x mkdir EEXIST(File exists) by /bin/mkdir
          -A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude

        Where the rule goes matters: exit rules are first-match, so a never rule after the always rule
        it should silence does nothing. -A (the default) puts it at the head of the list wherever the
        line stands; --append writes -a, to be placed before the always rules. Load with
        auditctl -R FILE, or copy into /etc/audit/rules.d/ (augenrules --load).

        Usage:
          syscalls rule [FILE...] [--by FIELD,...] [--all] [--min-count N] [--key NAME] [--prepend|--append]
                        [--any-exe-folder]

        --by FIELD,...  also group by exe, auid, uid, euid, gid, egid (each adds -F FIELD=VALUE),
                        key or comm (named in the comment only: the kernel cannot filter on them)
        --all           also group successful events (-F success=1)
        --min-count N   only groups of at least N events (default 1)
        --key NAME      the rules' key (default exclude), as auditctl takes it: no whitespace,
                        backslash, control or format character
        --prepend, -A   write -A never,exit (default)
        --append, -a    write -a never,exit
        --any-exe-folder  write -F exe= for an exe whose folder is missing on this host or can be
                        removed by a user other than root (by default such a group gets no rule: the
                        kernel refuses the rule where the folder is missing, and auditctl -R stops
                        there); for rules loaded on another machine
        Syscalls are written as auditctl names them (pread, not pread64); one that auditctl 3.0.9
        cannot name (setxattrat) is written as its number, with the name in the comment. The arch is
        b64/b32 for this machine's arches and auditctl's arch name for others (aarch64, i386, arm,
        ppc, ppc64, ppc64le, s390, s390x), which loads the same on any host. auditctl 3.0.9 has no
        arch riscv64 or loongarch64: their rules give the arch in hex (-F arch=0xc00000f3) and
        syscalls by number, for an auditctl that knows the arch (check `ausyscall riscv64 --dump`).
        x32 syscalls (0x40000000 and up) and every mips syscall (4000 and up) get a comment and no
        rule: the kernel's exit rules hold syscalls 0-2047 only, so no rule can match them.

        Logged values are untrusted (anyone picks the path of the program they run): a rule filters
        on a value only when auditctl and the kernel read it back as logged. Ids are numbers 0 to
        4294967294 (ausearch's unknown(N) is N; unset only for auid; names are not written, as
        auditctl looks them up again where the rule loads: use ausearch --raw output); an exe is an
        absolute path, not too long for one line, without whitespace, backslash, control characters
        or invalid UTF-8. A group whose value cannot be written gets no rule, as a rule without that
        filter would silence far more than the group; the comment says why. The kernel refuses a
        -F exe= rule where the exe's folder is missing, so an exe gets a rule only where its folder
        exists on this host and only root can remove it. Groups that would write the same rule
        share it (auditctl -R stops at a duplicate). Comments show values escaped and long ones
        cut, so every line stays far inside what auditctl -R reads as one line. The number of
        groups is capped; the header counts the events past the cap.

        Exit status: 0 rules written, 1 no event to exclude (a note on stderr) or a failed read or
        write, 2 usage error, {{OutputGone}}.

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

    public const string Lint = $$"""
        syscalls lint - audit rules checked offline, as auditctl and the kernel would take them

          syscalls lint /etc/audit/rules.d/*.rules
          audit.rules:12: error: -S open: aarch64 has no syscall named open (...)
          audit.rules:40: warning: never shadowed: the always rule of line 7 matches every event ...

        Usage:
          syscalls lint FILE...        - reads stdin

        An error is a line auditctl 3.0.9 rejects (auditctl -R stops there unless -c); a warning is a line
        that loads but does not do what it seems to, loads only on some hosts, or uses an old form.
        b64 and b32 mean what auditctl makes of them on this machine; -F arch= takes what auditctl 3.0.9
        takes (arch names of x86_64, i386, aarch64, arm, ppc, ppc64, ppc64le, s390, s390x; hex with 0x;
        a value starting with a digit is decimal), and -S names are checked against that arch's table
        as auditctl 3.0.9 has it. Exit status: 0 no errors, 1 errors or a failed read or write, 2 usage
        error, {{OutputGone}}.

        """;
}
