using System.Buffers;
using System.Globalization;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Arguments;

/// <summary>
/// Every syscall of the three tables, every argument, values that hit each decoder's branches, and every buffer
/// size from 0 up: interpretation never throws, reports DestinationTooSmall exactly when the text does not fit, and
/// writes the same text whatever the buffer size.
/// </summary>
public sealed class ArgumentBufferTests
{
    private static readonly string[] Values = ["0", "1", "7", "1e", "22", "241", "4000", "80801", "ffffff9c", "ffffffff", "1200011", "ffffffffffffffff", "deadbeefcafe"];

    [Theory]
    [InlineData("c000003e")]
    [InlineData("40000003")]
    [InlineData("c00000b7")]
    public void Any_buffer_size_gives_the_whole_text_or_DestinationTooSmall(string arch)
    {
        AuditArch auditArch = (AuditArch)uint.Parse(arch, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        byte[] large = new byte[1024];
        int checkedTexts = 0;
        foreach (int number in Syscalls.GetNumbers(auditArch))
        {
            foreach (string value in Values)
            {
                string line = FormattableString.Invariant(
                    $"type=SYSCALL msg=audit(1.000:1): arch={arch} syscall={number} success=no exit=-13 a0={value} a1={value} a2={value} a3={value} items=0");
                byte[] bytes = Encoding.ASCII.GetBytes(line);
                Assert.True(AuditRecord.TryParse(bytes, out AuditRecord record));
                var context = AuditFieldContext.ForRecord(record);
                foreach (AuditField field in record.Fields)
                {
                    if (field.Name.Length != 2 || field.Name[0] != (byte)'a')
                    {
                        continue;
                    }

                    Assert.Equal(OperationStatus.Done, FieldInterpreter.Interpret(context, field, large, out int full));
                    string expected = Encoding.ASCII.GetString(large, 0, full);
                    for (int size = 0; size <= full; size++)
                    {
                        byte[] small = new byte[size];
                        OperationStatus status = FieldInterpreter.Interpret(context, field, small, out int written);
                        if (size < full)
                        {
                            Assert.Equal(OperationStatus.DestinationTooSmall, status);
                        }
                        else
                        {
                            Assert.Equal(OperationStatus.Done, status);
                            Assert.Equal(expected, Encoding.ASCII.GetString(small, 0, written));
                        }
                    }

                    checkedTexts++;
                }
            }
        }

        Assert.True(checkedTexts > 1000, $"only {checkedTexts} texts checked");
    }
}
