using System.Buffers;
using System.Text;
using CsCheck;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Values;

/// <summary>
/// Whatever a field holds, interpreting it never throws, never writes past what it reports, and leaves nothing behind
/// on DestinationTooSmall; and interpreting values allocates nothing (a log rewriter calls it per field).
/// </summary>
public sealed class ValuePropertyTests
{
    // Every name InterpretValue reads, in the record types that change their meaning, and a few it does not.
    private static readonly (string Type, string Name)[] Fields =
    [
        ("SYSCALL", "uid"), ("SYSCALL", "auid"), ("SYSCALL", "gid"), ("SYSCALL", "ses"), ("SYSCALL", "comm"), ("SYSCALL", "exe"),
        ("SYSCALL", "key"), ("SYSCALL", "per"), ("PATH", "name"), ("PATH", "mode"), ("PATH", "ouid"), ("PATH", "ogid"),
        ("PATH", "cap_fp"), ("PATH", "flags"), ("CWD", "cwd"), ("PROCTITLE", "proctitle"), ("SOCKADDR", "saddr"),
        ("AVC", "saddr"), ("AVC", "capability"), ("CAPSET", "cap_pe"), ("BPRM_FCAPS", "new_pp"), ("EXECVE", "a0"),
        ("EXECVE", "a1[2]"), ("EXECVE", "argc"), ("CONFIG_CHANGE", "perm"), ("CONFIG_CHANGE", "list"), ("CONFIG_CHANGE", "res"),
        ("ANOM_ABEND", "sig"), ("ANOM_PROMISCUOUS", "prom"), ("NETFILTER_CFG", "family"), ("NETFILTER_PKT", "proto"),
        ("NETFILTER_PKT", "icmptype"), ("SECCOMP", "code"), ("MMAP", "flags"), ("MQ_OPEN", "mode"), ("ADD_GROUP", "id"),
        ("USER_LOGIN", "acct"), ("USER_LOGIN", "id"), ("LOGIN", "old-auid"), ("SYSCALL", "pid"), ("SYSCALL", "tty"),
    ];

    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.Char["0123456789"].Array[0, 24].Select(c => new string(c)),
        Gen.Char["0123456789abcdefABCDEF"].Array[0, 300].Select(c => new string(c)),
        Gen.Char["0123456789abcdefx(){}\" =-?"].Array[0, 40].Select(c => new string(c)),
        Gen.String[0, 60].Select(s => s.Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)),
        Gen.Const("4294967295"), Gen.Const("18446744073709551615"), Gen.Const("(null)"), Gen.Const("\"\""), Gen.Const("\"unterminated"));

    [Fact]
    public void No_value_makes_interpretation_throw_or_overrun()
    {
        var accounts = new ValueInterpreterTests.FixtureAccounts(new() { [0] = "root" }, new() { [0] = "root" });
        Gen.Select(Gen.Int[0, Fields.Length - 1], Value, Gen.Int[0, 80], Gen.Bool).Sample((index, value, size, enriched) =>
        {
            (string type, string name) = Fields[index];
            string enrichment = enriched ? $"\u001d{name.ToUpperInvariant()}={value}" : "";
            byte[] line = Encoding.UTF8.GetBytes($"type={type} msg=audit(1.000:1): {name}={value}{enrichment}");
            if (!AuditRecord.TryParse(line, out AuditRecord record))
            {
                return;
            }

            AuditFieldContext context = AuditFieldContext.ForRecord(record, SyscallNaming.Kernel, accounts);
            foreach (AuditField field in record.Fields)
            {
                var destination = new byte[size + 8];
                OperationStatus status = FieldInterpreter.Interpret(context, field, destination.AsSpan(0, size), out int written);
                Assert.True(status is OperationStatus.Done or OperationStatus.DestinationTooSmall or OperationStatus.InvalidData);
                Assert.InRange(written, 0, size);
                Assert.True(destination.AsSpan(size).IndexOfAnyExcept((byte)0) < 0, "wrote past the destination");
                if (status != OperationStatus.Done)
                {
                    Assert.Equal(0, written);
                }
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Interpreting_values_allocates_nothing()
    {
        var accounts = new ValueInterpreterTests.FixtureAccounts(new() { [0] = "root" }, new() { [0] = "root" });
        byte[][] lines =
        [
            .. new[]
            {
                "type=SYSCALL msg=audit(1.000:1): arch=c000003e syscall=2 auid=4294967295 uid=0 gid=0 euid=1000 ses=4294967295 comm=\"cat\" exe=2F62696E2F636174 key=6B31016B32",
                "type=PATH msg=audit(1.000:1): item=0 name=\"/etc/shadow\" mode=0100640 ouid=0 ogid=42 cap_fp=0 cap_fi=3",
                "type=SOCKADDR msg=audit(1.000:1): saddr=0A000035000000000000000000000000000000000000000100000000",
                "type=PROCTITLE msg=audit(1.000:1): proctitle=2F62696E2F7368002D63",
                "type=SYSCALL msg=audit(1.000:1): arch=c000003e syscall=2 auid=1000 uid=0\u001dAUID=\"bob\" UID=\"root\"",
            }.Select(Encoding.UTF8.GetBytes),
        ];
        var destination = new byte[512];

        long Run()
        {
            long total = 0;
            foreach (byte[] line in lines)
            {
                Assert.True(AuditRecord.TryParse(line, out AuditRecord record));
                AuditFieldContext context = AuditFieldContext.ForRecord(record, SyscallNaming.Kernel, accounts);
                foreach (AuditField field in record.Fields)
                {
                    if (FieldInterpreter.Interpret(context, field, destination, out int written) == OperationStatus.Done)
                    {
                        total += written;
                    }
                }
            }

            return total;
        }

        long expected = Run();
        Run();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long checksum = Run();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(expected > 100, "the lines should have been interpreted");
        Assert.Equal(expected, checksum);
        Assert.Equal(0, allocated);
    }
}
