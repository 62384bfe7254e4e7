using System.Buffers;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Values;

/// <summary>
/// Field values by type. Expectations come from independent facts: stat(2)'s mode bits, include/uapi/linux/audit.h's
/// AUDIT_PERM_* and (u32)-1 "unset", capability.h's and signal.h's numbering, the kernel's sockaddr layouts and the
/// RFC 5952 text form of IPv6 addresses, ASCII for hex-encoded strings; ausearch's own spellings (<c>file,755</c>,
/// <c>{ saddr_fam=... }</c>) are checked corpus-wide in <see cref="AusearchFieldConformanceTests"/>.
/// </summary>
public sealed class ValueInterpreterTests
{
    private static readonly FixtureAccounts Accounts = new(
        new() { [0] = "root", [1000] = "alice" },
        new() { [0] = "root", [5] = "tty", [100] = "users" });

    internal static (OperationStatus Status, string Text) Run(string type, string fields, string name,
        IAccountNames? accounts = null, int size = 512, bool withoutAccounts = false)
    {
        byte[] line = Encoding.UTF8.GetBytes($"type={type} msg=audit(1700000000.123:42): {fields}");
        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));
        AuditFieldContext context = AuditFieldContext.ForRecord(record, SyscallNaming.Kernel, withoutAccounts ? null : accounts ?? Accounts);
        foreach (AuditField field in record.Fields)
        {
            if (Encoding.UTF8.GetString(field.Name) == name)
            {
                var destination = new byte[size];
                OperationStatus status = FieldInterpreter.Interpret(context, field, destination, out int written);
                return (status, Encoding.UTF8.GetString(destination, 0, written));
            }

            foreach (AuditField inner in field.Fields)
            {
                if (Encoding.UTF8.GetString(inner.Name) == name)
                {
                    var destination = new byte[size];
                    OperationStatus status = FieldInterpreter.Interpret(context, inner, destination, out int written);
                    return (status, Encoding.UTF8.GetString(destination, 0, written));
                }
            }
        }

        throw new InvalidOperationException($"no field {name}");
    }

    private static string Done(string type, string fields, string name, IAccountNames? accounts = null)
    {
        (OperationStatus status, string text) = Run(type, fields, name, accounts);
        Assert.Equal(OperationStatus.Done, status);
        return text;
    }

    private static void NotInterpreted(string type, string fields, string name) =>
        Assert.Equal(OperationStatus.InvalidData, Run(type, fields, name).Status);

    [Theory]
    [InlineData("0100755", "file,755")]           // S_IFREG | rwxr-xr-x
    [InlineData("040730", "dir,730")]             // S_IFDIR
    [InlineData("0120777", "link,777")]           // S_IFLNK
    [InlineData("0140777", "socket,777")]         // S_IFSOCK
    [InlineData("020620", "character,620")]       // S_IFCHR
    [InlineData("060660", "block,660")]           // S_IFBLK
    [InlineData("010600", "fifo,600")]            // S_IFIFO
    [InlineData("0104755", "file,suid,755")]      // S_ISUID 04000
    [InlineData("02755", "000,sgid,755")]         // S_ISGID 02000, no file type
    [InlineData("041777", "dir,sticky,777")]      // S_ISVTX 01000
    [InlineData("0107000", "file,suid,sgid,sticky,000")]
    [InlineData("0170644", "017,644")]            // a type stat(2) does not define: its octal digit pair
    public void Mode_shows_type_special_bits_and_permissions(string mode, string expected) =>
        Assert.Equal(expected, Done("PATH", $"item=0 name=\"/x\" mode={mode}", "mode"));

    [Theory]
    [InlineData("0600", "0600")]
    [InlineData("04755", "suid,0755")]
    public void Message_queue_mode_has_no_file_type(string mode, string expected) =>
        Assert.Equal(expected, Done("MQ_OPEN", $"oflag=0x42 mode={mode} attrmask=0", "mode"));

    [Theory]
    [InlineData("4", "read")]                      // AUDIT_PERM_READ
    [InlineData("2", "write")]                     // AUDIT_PERM_WRITE
    [InlineData("1", "exec")]                      // AUDIT_PERM_EXEC
    [InlineData("8", "attr")]                      // AUDIT_PERM_ATTR
    [InlineData("6", "read,write")]
    [InlineData("0", "read,write,exec,attr")]      // the kernel treats no permission as all of them
    public void Perm_names_the_audit_permission_bits(string perm, string expected) =>
        Assert.Equal(expected, Done("CONFIG_CHANGE", $"auid=0 ses=1 op=add_rule perm={perm} list=4 res=1", "perm"));

    [Theory]
    [InlineData("mode=zz")]
    [InlineData("mode=0100758")]
    [InlineData("mode=")]
    [InlineData("mode=\"0100644\"")]
    public void A_mode_that_is_no_octal_number_is_left_as_written(string field) => NotInterpreted("PATH", $"item=0 {field}", "mode");

    [Theory]
    [InlineData("uid", "0", "root")]
    [InlineData("auid", "1000", "alice")]
    [InlineData("euid", "1234", "unknown(1234)")]
    [InlineData("auid", "4294967295", "unset")]   // AUDIT_UID_UNSET, (u32)-1
    [InlineData("gid", "5", "tty")]
    [InlineData("ogid", "100", "users")]
    [InlineData("fsgid", "4242", "unknown(4242)")]
    [InlineData("ouid", "4294967294", "unknown(-2)")] // ausearch formats the id as a C int
    public void Ids_are_named_from_the_accounts(string name, string value, string expected) =>
        Assert.Equal(expected, Done("SYSCALL", $"arch=c000003e syscall=2 {name}={value} ses=1", name));

    [Fact]
    public void Group_ids_use_group_names_and_user_ids_user_names()
    {
        Assert.Equal("unknown(5)", Done("SYSCALL", "uid=5", "uid"));
        Assert.Equal("unknown(1000)", Done("SYSCALL", "gid=1000", "gid"));
    }

    [Fact]
    public void Id_in_group_records_is_a_group()
    {
        Assert.Equal("users", Done("ADD_GROUP", "pid=1 uid=0 msg='op=add-group id=100 exe=\"/usr/sbin/groupadd\" res=success'", "id"));
        Assert.Equal("unknown(100)", Done("ADD_USER", "pid=1 uid=0 msg='op=add-user id=100 exe=\"/usr/sbin/useradd\" res=success'", "id"));
    }

    [Fact]
    public void Enriched_names_win_over_the_host_accounts()
    {
        string fields = "arch=c000003e syscall=2 auid=1000 uid=0 gid=4242\u001dAUID=\"bob\" UID=\"root\" GID=\"staff\"";
        Assert.Equal("bob", Done("SYSCALL", fields, "auid"));
        Assert.Equal("staff", Done("SYSCALL", fields, "gid"));
    }

    [Fact]
    public void Enriched_names_are_found_only_as_whole_fields_of_a_plausible_enrichment()
    {
        // XUID= is not UID=; an unquoted enrichment value is taken as it is.
        Assert.Equal("alice", Done("SYSCALL", "uid=1000\u001dXUID=\"mallory\" EUID=x", "uid"));
        Assert.Equal("x", Done("SYSCALL", "euid=1000\u001dXUID=\"mallory\" EUID=x", "euid"));

        // auditd writes a dozen short fields; a huge enrichment is not auditd's and is not searched per id.
        string padding = new('A', 5000);
        Assert.Equal("alice", Done("SYSCALL", $"uid=1000\u001dPAD={padding} UID=\"mallory\"", "uid"));
    }

    [Fact]
    public void Without_accounts_ids_stay_numbers_but_unset_is_named()
    {
        var none = new FixtureAccounts([], []);
        Assert.Equal("unknown(0)", Done("SYSCALL", "uid=0", "uid", none));
        Assert.Equal(OperationStatus.InvalidData, Run("SYSCALL", "uid=0 auid=4294967295", "uid", withoutAccounts: true).Status);
        Assert.Equal((OperationStatus.Done, "unset"), Run("SYSCALL", "uid=0 auid=4294967295", "auid", withoutAccounts: true));
    }

    [Theory]
    [InlineData("uid=-1")]
    [InlineData("uid=?")]
    [InlineData("uid=\"0\"")]
    [InlineData("uid=4294967296")]
    public void An_id_that_is_no_u32_is_left_as_written(string field) => NotInterpreted("SYSCALL", field, "uid");

    [Theory]
    [InlineData("4294967295", OperationStatus.Done)]  // AUDIT_SID_UNSET
    [InlineData("3", OperationStatus.InvalidData)]
    public void Session_unset_is_named(string ses, OperationStatus expected) =>
        Assert.Equal(expected, Run("SYSCALL", $"ses={ses}", "ses").Status);

    [Theory]
    [InlineData("name=\"/etc/passwd\"", "name", "/etc/passwd")]
    [InlineData("name=2F746D702F6120620A", "name", "/tmp/a b\\012")]      // "/tmp/a b\n": control bytes as octal escapes
    [InlineData("comm=2F6120", "comm", "/a ")]
    [InlineData("exe=2F7573722F62696E2F78202864656C6574656429", "exe", "/usr/bin/x (deleted)")]
    [InlineData("cwd=\"/root\"", "cwd", "/root")]
    [InlineData("name=616200636465", "name", "ab")]                      // a C string ends at its NUL
    [InlineData("acct=726F6F74", "acct", "root")]
    [InlineData("key=(null)ARCH=x86_64", "key", "(null)")]               // a placeholder ends at its ')'
    public void Strings_are_unquoted_or_decoded(string field, string name, string expected) =>
        Assert.Equal(expected, Done("PATH", $"item=0 {field}", name));

    [Theory]
    [InlineData("name=ABC")]          // odd length
    [InlineData("name=6162ZZ")]       // not hex
    [InlineData("name=(null)")]
    [InlineData("acct=root")]         // acct is hex or quoted only when it needs to be
    public void Undecodable_strings_are_left_as_written(string field) =>
        NotInterpreted("PATH", $"item=0 {field}", field[..field.IndexOf('=')]);

    [Fact]
    public void Execve_arguments_are_strings_but_argc_and_lengths_are_not()
    {
        string fields = "argc=3 a0=\"ls\" a1=2D6C2061 a2_len=3 a2[0]=616263";
        Assert.Equal("ls", Done("EXECVE", fields, "a0"));
        Assert.Equal("-l a", Done("EXECVE", fields, "a1"));
        Assert.Equal("abc", Done("EXECVE", fields, "a2[0]"));
        NotInterpreted("EXECVE", fields, "argc");
        NotInterpreted("EXECVE", fields, "a2_len");
    }

    [Fact]
    public void Process_titles_show_argument_separators_as_spaces() =>
        Assert.Equal("/bin/sh -c echo\\011hi", Done("PROCTITLE", "proctitle=2F62696E2F7368002D63006563686F096869", "proctitle"));

    [Fact]
    public void Several_rule_keys_are_shown_as_ausearch_lists_them() =>
        // Keys are joined by AUDIT_KEY_SEPARATOR (0x01) in the record.
        Assert.Equal("k1 key=k2", Done("SYSCALL", "arch=c000003e syscall=2 key=6B31016B32", "key"));

    [Theory]
    [InlineData("0", "chown")]              // CAP_CHOWN
    [InlineData("21", "sys_admin")]         // CAP_SYS_ADMIN
    [InlineData("40", "checkpoint_restore")] // CAP_CHECKPOINT_RESTORE, CAP_LAST_CAP in 6.12
    [InlineData("41", "unknown-capability(41)")]
    public void Capabilities_are_named(string number, string expected) =>
        Assert.Equal(expected, Done("AVC", $"avc:  denied  {{ sys_admin }} for  pid=1 capability={number}", "capability"));

    [Theory]
    [InlineData("0", "none")]
    [InlineData("3", "chown,dac_override")]
    [InlineData("200000", "sys_admin")]             // bit 21
    [InlineData("10000000000", "checkpoint_restore")] // bit 40
    [InlineData("20000000000", "none")]             // no capability 41
    public void Capability_sets_list_their_bits(string set, string expected) =>
        Assert.Equal(expected, Done("CAPSET", $"pid=1 cap_pi=0 cap_pp={set}", "cap_pp"));

    [Theory]
    [InlineData("02000035" + "7F000001" + "0000000000000000", "{ saddr_fam=inet laddr=127.0.0.1 lport=53 }")]
    [InlineData("02000050" + "C0A80001" + "0000000000000000", "{ saddr_fam=inet laddr=192.168.0.1 lport=80 }")]
    [InlineData("0200", "{ saddr_fam=inet sockaddr len too short }")]
    [InlineData("0A000035" + "00000000" + "00000000000000000000000000000001" + "00000000", "{ saddr_fam=inet6 laddr=::1 lport=53 }")]
    [InlineData("0A000035" + "00000000" + "00000000000000000000FFFF7F000001" + "00000000", "{ saddr_fam=inet6 laddr=::ffff:127.0.0.1 lport=53 }")]
    [InlineData("0A000035" + "00000000" + "20010DB8000000000001000000000001" + "00000000", "{ saddr_fam=inet6 laddr=2001:db8::1:0:0:1 lport=53 }")]
    [InlineData("0A000035" + "00000000" + "20010DB8000000000000000000000000" + "00000000", "{ saddr_fam=inet6 laddr=2001:db8:: lport=53 }")]
    [InlineData("0A000035" + "00000000" + "20010DB8000100010001000100010001" + "00000000", "{ saddr_fam=inet6 laddr=2001:db8:1:1:1:1:1:1 lport=53 }")]
    [InlineData("0A000035" + "00000000" + "20010DB8000000010000000100000001" + "00000000", "{ saddr_fam=inet6 laddr=2001:db8:0:1:0:1:0:1 lport=53 }")]
    [InlineData("01002F746D702F736F636B00", "{ saddr_fam=local path=/tmp/sock }")]
    [InlineData("0100002F6162", "{ saddr_fam=local path=/ab }")]
    [InlineData("10000000D204000001000000", "{ saddr_fam=netlink nlnk-fam=16 nlnk-pid=1234 }")]
    [InlineData("1100030002000000", "{ saddr_fam=packet (unsupported) }")]
    [InlineData("FF00", "unknown-family(255)")]
    public void Socket_addresses_are_decoded_from_the_kernel_layouts(string hex, string expected) =>
        Assert.Equal(expected, Done("SOCKADDR", $"saddr={hex}", "saddr"));

    [Theory]
    [InlineData("zz")]
    [InlineData("0")]
    [InlineData("020")]
    public void Socket_addresses_that_are_no_hex_are_left_as_written(string hex) => NotInterpreted("SOCKADDR", $"saddr={hex}", "saddr");

    [Fact]
    public void Avc_saddr_is_a_dotted_address_not_a_sockaddr() =>
        NotInterpreted("AVC", "avc:  denied  { name_connect } for  pid=1 saddr=10.0.0.1 src=1 daddr=10.0.0.2 dest=80", "saddr");

    [Theory]
    [InlineData("sig", "9", "SIGKILL")]
    [InlineData("sig", "11", "SIGSEGV")]
    [InlineData("sig", "31", "SIGSYS")]
    [InlineData("sig", "64", "unknown-signal(64)")]
    [InlineData("res", "1", "yes")]
    [InlineData("res", "0", "no")]
    public void Numbers_that_stand_for_names(string name, string value, string expected) =>
        Assert.Equal(expected, Done("ANOM_ABEND", $"auid=0 pid=1 {name}={value}", name));

    [Theory]
    [InlineData("0", "user")]     // AUDIT_FILTER_USER
    [InlineData("1", "task")]     // AUDIT_FILTER_TASK
    [InlineData("4", "exit")]     // AUDIT_FILTER_EXIT
    [InlineData("5", "exclude")]  // AUDIT_FILTER_EXCLUDE
    [InlineData("6", "filesystem")] // AUDIT_FILTER_FS
    public void Rule_lists_are_named(string list, string expected) =>
        Assert.Equal(expected, Done("CONFIG_CHANGE", $"auid=0 op=add_rule list={list} res=1", "list"));

    [Theory]
    [InlineData("0x0", "kill")]          // SECCOMP_RET_KILL_THREAD
    [InlineData("0x80000000", "kill")]   // SECCOMP_RET_KILL_PROCESS
    [InlineData("0x50001", "errno")]     // SECCOMP_RET_ERRNO | 1
    [InlineData("0x7ffc0000", "log")]    // SECCOMP_RET_LOG
    [InlineData("0x7fff0000", "allow")]  // SECCOMP_RET_ALLOW
    public void Seccomp_actions_are_named(string code, string expected) =>
        Assert.Equal(expected, Done("SECCOMP", $"auid=0 sig=0 arch=c000003e syscall=2 code={code}", "code"));

    [Theory]
    [InlineData("2", "MAP_PRIVATE")]
    [InlineData("812", "MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE")]
    [InlineData("22", "MAP_PRIVATE|MAP_ANONYMOUS")]
    [InlineData("0", "MAP_FILE")]
    public void Mmap_flags_are_named(string flags, string expected) =>
        Assert.Equal(expected, Done("MMAP", $"fd=3 flags=0x{flags}", "flags"));

    [Theory]
    [InlineData(AuditArch.X86_64, "42", "O_RDWR|O_CREAT")]           // O_RDWR 02 | O_CREAT 0100
    [InlineData(AuditArch.X86_64, "80000", "O_RDONLY|O_CLOEXEC")]    // O_CLOEXEC 02000000
    [InlineData(AuditArch.X86_64, "4000", "O_RDONLY|O_DIRECT")]      // asm-generic: O_DIRECT 040000
    [InlineData(AuditArch.Aarch64, "4000", "O_RDONLY|O_DIRECTORY")]  // arm64: O_DIRECTORY 040000
    [InlineData(AuditArch.X86_64, "10000", "O_RDONLY|O_DIRECTORY")]  // asm-generic: O_DIRECTORY 0200000
    [InlineData(AuditArch.Aarch64, "10000", "O_RDONLY|O_DIRECT")]    // arm64: O_DIRECT 0200000
    public void Message_queue_open_flags_follow_the_events_arch(AuditArch arch, string oflag, string expected)
    {
        byte[] line = Encoding.UTF8.GetBytes($"type=MQ_OPEN msg=audit(1.000:1): oflag=0x{oflag} mode=0600 attrmask=0");
        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));
        Assert.True(record.TryGetField("oflag"u8, out AuditField field));
        var destination = new byte[128];
        var context = new AuditFieldContext(record, arch, syscall: 240);
        Assert.Equal(OperationStatus.Done, FieldInterpreter.Interpret(context, field, destination, out int written));
        Assert.Equal(expected, Encoding.UTF8.GetString(destination, 0, written));
    }

    [Theory]
    [InlineData("6C730D", "\"ls\",<ret>")]                  // CR is the Enter key
    [InlineData("1B5B411B5B42", "<up>,<down>")]               // VT100 cursor keys: ESC [ A, ESC [ B
    [InlineData("617F62", "\"a\",<backspace>,\"b\"")]     // DEL, which the Backspace key sends
    [InlineData("0322", "<^C>,\"\\\"\"")]                // ETX is Ctrl-C; a quote inside quotes is escaped
    public void Tty_keystrokes_show_text_runs_and_named_keys(string hex, string expected) =>
        Assert.Equal(expected, Done("TTY", $"tty pid=1 uid=0 auid=0 ses=1 major=136 minor=0 comm=\"bash\" data={hex}", "data"));

    [Fact]
    public void Unknown_fields_and_quoted_numbers_are_left_as_written()
    {
        NotInterpreted("SYSCALL", "pid=1234", "pid");
        NotInterpreted("SYSCALL", "success=\"yes\" ses=\"4294967295\"", "ses");
        NotInterpreted("USER_LOGIN", "pid=1 msg='op=login res=success'", "res");
    }

    [Fact]
    public void A_short_buffer_reports_destination_too_small_and_writes_nothing()
    {
        (OperationStatus status, string text) = Run("PATH", "item=0 mode=0100755", "mode", size: 4);
        Assert.Equal((OperationStatus.DestinationTooSmall, ""), (status, text));
        (status, text) = Run("SOCKADDR", "saddr=020000357F0000010000000000000000", "saddr", size: 20);
        Assert.Equal((OperationStatus.DestinationTooSmall, ""), (status, text));
    }

    /// <summary>Accounts from fixed tables, as a test's passwd and group files would give; lookups allocate nothing.</summary>
    internal sealed class FixtureAccounts(Dictionary<uint, string> users, Dictionary<uint, string> groups) : IAccountNames
    {
        private readonly Dictionary<uint, byte[]> _users = users.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value));
        private readonly Dictionary<uint, byte[]> _groups = groups.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value));

        public ReadOnlySpan<byte> GetUserName(uint uid) => _users.TryGetValue(uid, out byte[]? name) ? name : default;

        public ReadOnlySpan<byte> GetGroupName(uint gid) => _groups.TryGetValue(gid, out byte[]? name) ? name : default;
    }
}
