using System.Text;

namespace SyscallTables.Tests;

/// <summary>The errno lookups against the kernel's errno headers and the host C library's strerror.</summary>
public sealed class ErrnoTests
{
    [Fact]
    public void Every_define_resolves_by_name_aliases_included()
    {
        Assert.Contains(KernelErrnoHeaders.Defines, d => d.AliasOf is not null);
        var mismatches = new List<string>();
        foreach (ErrnoDefine define in KernelErrnoHeaders.Defines)
        {
            if (!Errnos.TryGetNumber(define.Name, out int number) || number != define.Number) mismatches.Add($"{define.Name}: TryGetNumber gave {number}, header {define.Number}");
            if (!Enum.TryParse(define.Name, ignoreCase: false, out Errno member) || (int)member != define.Number) mismatches.Add($"{define.Name}: enum member {member}, header {define.Number}");
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("EWOULDBLOCK", 11)]
    [InlineData("EAGAIN", 11)]
    [InlineData("EDEADLOCK", 35)]
    [InlineData("EDEADLK", 35)]
    [InlineData("EEXIST", 17)]
    [InlineData("EBADF", 9)]
    [InlineData("EHWPOISON", 133)]
    public void Names_that_people_write_resolve(string name, int number)
    {
        Assert.True(Errnos.TryGetNumber(name, out int found));
        Assert.Equal(number, found);
    }

    [Fact]
    public void Every_number_resolves_to_its_canonical_name()
    {
        var mismatches = new List<string>();
        foreach ((int number, string name) in KernelErrnoHeaders.CanonicalNames)
        {
            if (Errnos.GetName(number) != name) mismatches.Add($"{number}: GetName gave {Errnos.GetName(number)}, header {name}");
            if (Encoding.ASCII.GetString(Errnos.GetNameUtf8(number)) != name) mismatches.Add($"{number}: GetNameUtf8 differs from {name}");
            if (Enum.GetName((Errno)number) is not { } enumName || KernelErrnoHeaders.Defines.Single(d => d.Name == enumName).Number != number) mismatches.Add($"{number}: enum name {Enum.GetName((Errno)number)}");
        }

        Assert.Empty(mismatches);
        Assert.Equal("EAGAIN", Errnos.GetName(11));
        Assert.Equal("EDEADLK", Errnos.GetName(35));
    }

    [Fact]
    public void Count_numbers_and_maximum_match_the_headers()
    {
        int[] numbers = [.. KernelErrnoHeaders.CanonicalNames.Keys.Order()];

        // Read into locals: they are the values under test, the header data is the expectation.
        int count = Errnos.Count, maxNumber = Errnos.MaxNumber;
        Assert.Equal(numbers.Length, count);
        Assert.Equal(numbers, Errnos.Numbers.ToArray());
        Assert.Equal(numbers[^1], maxNumber);
        Assert.Equal(KernelErrnoHeaders.Defines.Select(d => d.Name).Order(StringComparer.Ordinal), Enum.GetNames<Errno>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Numbers_and_names_the_headers_lack_resolve_to_nothing()
    {
        int max = KernelErrnoHeaders.CanonicalNames.Keys.Max();
        IEnumerable<int> unknown = Enumerable.Range(-1, max + 3).Where(n => !KernelErrnoHeaders.CanonicalNames.ContainsKey(n)).Append(int.MinValue).Append(int.MaxValue);

        // 0 is success and 41/58 are unused in asm-generic; the loop must have met them.
        Assert.Contains(0, unknown);
        Assert.Contains(41, unknown);
        foreach (int number in unknown)
        {
            Assert.Null(Errnos.GetName(number));
            Assert.Null(Errnos.GetMessage(number));
            Assert.True(Errnos.GetNameUtf8(number).IsEmpty, $"GetNameUtf8({number})");
            Assert.True(Errnos.GetMessageUtf8(number).IsEmpty, $"GetMessageUtf8({number})");
        }

        foreach (string name in new[] { "", "E", "eexist", "EEXIST ", "EEXISTS", "EEXIS", "17", "ENOTSUPP", "EDEADLOCKS" })
        {
            Assert.False(Errnos.TryGetNumber(name, out _), $"TryGetNumber('{name}')");
        }
    }

    [Fact]
    public void Messages_are_the_host_C_librarys_strerror_text()
    {
        Assert.SkipWhen(GlibcStrerror.Version is null,
            "the host C library is not glibc (gnu_get_libc_version not found); the messages are glibc's strerror text and other C libraries word them differently");
        TestContext.Current.TestOutputHelper?.WriteLine($"glibc {GlibcStrerror.Version}");

        var mismatches = new List<string>();
        foreach (int number in KernelErrnoHeaders.CanonicalNames.Keys.Order())
        {
            string expected = GlibcStrerror.MessageInCLocale(number);
            if (Errnos.GetMessage(number) != expected) mismatches.Add($"{number}: '{Errnos.GetMessage(number)}', strerror '{expected}'");
            if (Encoding.UTF8.GetString(Errnos.GetMessageUtf8(number)) != expected) mismatches.Add($"{number}: GetMessageUtf8 differs from strerror '{expected}'");
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(17, "EEXIST", "File exists")]
    [InlineData(9, "EBADF", "Bad file descriptor")]
    [InlineData(5, "EIO", "Input/output error")]
    public void Familiar_errors_read_as_in_perror(int number, string name, string message)
    {
        // What "exit=-17" in an audit record means, in the words perror and ausearch -i use (not the kernel comments).
        Assert.Equal(name, Errnos.GetName(number));
        Assert.Equal(message, Errnos.GetMessage(number));
    }
}
