using System.Buffers;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Arguments;

/// <summary>
/// Interpreting a0-a3 and the syscall name allocates nothing (a log rewriter does it for every SYSCALL record). The
/// records cover every kind of decoder; the result lengths are summed and checked, so the loop cannot be a no-op.
/// </summary>
public sealed class ArgumentAllocationTests
{
    private static readonly byte[][] Records = [.. new[]
    {
        "arch=c000003e syscall=2 success=yes exit=3 a0=7ffd a1=241 a2=1b6 a3=0",
        "arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c a1=7ffd a2=90800 a3=0",
        "arch=c000003e syscall=9 success=yes exit=0 a0=0 a1=1000 a2=3 a3=22",
        "arch=c000003e syscall=56 success=yes exit=0 a0=1200011 a1=0 a2=0 a3=0",
        "arch=c000003e syscall=62 success=yes exit=0 a0=4d2 a1=9 a2=0 a3=0",
        "arch=c000003e syscall=41 success=yes exit=3 a0=2 a1=80801 a2=6 a3=0",
        "arch=c000003e syscall=72 success=yes exit=0 a0=3 a1=2 a2=1 a3=0",
        "arch=c000003e syscall=105 success=yes exit=0 a0=3e8 a1=0 a2=0 a3=0",
        "arch=c000003e syscall=133 success=yes exit=0 a0=7ffd a1=2180 a2=0 a3=0",
        "arch=c000003e syscall=16 success=yes exit=0 a0=1 a1=5401 a2=7ffd a3=0",
        "arch=c00000b7 syscall=56 success=yes exit=3 a0=ffffff9c a1=7ffd a2=4000 a3=0",
        "arch=40000003 syscall=102 success=yes exit=0 a0=3 a1=ffd0 a2=0 a3=0",
    }.Select(body => Encoding.UTF8.GetBytes("type=SYSCALL msg=audit(1700000000.000:1): " + body + " items=0 key=(null)"))];

    private static readonly string[] Compared = ["syscall", "a0", "a1", "a2", "a3"];

    [Fact]
    public void Interpreting_arguments_allocates_nothing()
    {
        byte[] buffer = new byte[512];
        byte[][] names = [.. Compared.Select(Encoding.ASCII.GetBytes)];
        long expected = Run(buffer, names);
        for (int i = 0; i < 3; i++)
        {
            Run(buffer, names);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        long checksum = Run(buffer, names);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(expected, checksum);
        Assert.True(checksum > Records.Length * Compared.Length * 3, $"checksum {checksum} is too small to have interpreted anything");
        Assert.Equal(0, allocated);
    }

    private static long Run(byte[] buffer, byte[][] names)
    {
        long sum = 0;
        foreach (byte[] line in Records)
        {
            if (!AuditRecord.TryParse(line, out AuditRecord record))
            {
                return -1;
            }

            var context = AuditFieldContext.ForRecord(record);
            foreach (byte[] name in names)
            {
                if (record.TryGetField(name, out AuditField field)
                    && FieldInterpreter.Interpret(context, field, buffer, out int written) == OperationStatus.Done)
                {
                    sum += written;
                }
            }
        }

        return sum;
    }
}
