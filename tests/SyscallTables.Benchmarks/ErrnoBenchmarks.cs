using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace SyscallTables.Benchmarks;

/// <summary>
/// errno number to name, number to message (the <c>strerror</c> text ausearch prints) and name to number, cycling
/// through <see cref="AuditLogInputs.ErrnoNumbers"/>. Figures are per lookup (OperationsPerInvoke = 16) and include the
/// loop; each category has our switch as its baseline. libaudit has no errno messages, so it appears only for names.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public unsafe class ErrnoBenchmarks
{
    private const int Lookups = 16;
    private const string NumberToName = "NumberToName";
    private const string NumberToMessage = "NumberToMessage";
    private const string NameToNumber = "NameToNumber";

    private readonly int[] _numbers = [.. AuditLogInputs.ErrnoNumbers];
    private string[] _names = [];
    private nint[] _cNames = [];
    private Dictionary<int, string> _namesByNumber = null!;
    private FrozenDictionary<int, string> _frozenNamesByNumber = null!;
    private Dictionary<int, string> _messagesByNumber = null!;
    private FrozenDictionary<int, string> _frozenMessagesByNumber = null!;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numbersByName;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _frozenNumbersByName;

    [GlobalSetup]
    public void Setup()
    {
        if (_numbers.Length != Lookups)
        {
            throw new InvalidOperationException($"OperationsPerInvoke is {Lookups} but there are {_numbers.Length} inputs");
        }

        _names = AuditLogInputs.ErrnoNames();
        _namesByNumber = [];
        _messagesByNumber = [];
        var numbersByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int number in Errnos.Numbers)
        {
            _namesByNumber.Add(number, Errnos.GetName(number)!);
            _messagesByNumber.Add(number, Errnos.GetMessage(number)!);
            numbersByName.Add(Errnos.GetName(number)!, number);
        }

        // Aliases (EWOULDBLOCK, EDEADLOCK) share a number; the name lookup accepts them, so the dictionary does too.
        foreach (Errno alias in Enum.GetValues<Errno>())
        {
            numbersByName.TryAdd(alias.ToString(), (int)alias);
        }

        _frozenNamesByNumber = _namesByNumber.ToFrozenDictionary();
        _frozenMessagesByNumber = _messagesByNumber.ToFrozenDictionary();
        _numbersByName = numbersByName.GetAlternateLookup<ReadOnlySpan<char>>();
        _frozenNumbersByName = numbersByName.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [GlobalSetup(Targets = [nameof(NumberToName_Libaudit), nameof(NameToNumber_Libaudit)])]
    public void SetupLibaudit()
    {
        Setup();
        Libaudit.EnsureAvailable();
        _cNames = Array.ConvertAll(_names, name => (nint)Libaudit.PinnedCString(name));
        for (int i = 0; i < _numbers.Length; i++)
        {
            string? theirName = Libaudit.ToManaged(Libaudit.ErrnoToName(_numbers[i]));
            int theirNumber = Libaudit.NameToErrno((byte*)_cNames[i]);
            if (theirName != _names[i] || theirNumber != _numbers[i])
            {
                throw new InvalidOperationException($"libaudit maps {_numbers[i]} to '{theirName}' and '{_names[i]}' to {theirNumber}");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups), BenchmarkCategory(NumberToName)]
    public int NumberToName_Switch()
    {
        int total = 0;
        foreach (int number in _numbers)
        {
            total += Errnos.GetName(number)!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NumberToName)]
    public int NumberToName_Dictionary()
    {
        int total = 0;
        var dictionary = _namesByNumber;
        foreach (int number in _numbers)
        {
            dictionary.TryGetValue(number, out string? name);
            total += name!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NumberToName)]
    public int NumberToName_FrozenDictionary()
    {
        int total = 0;
        var dictionary = _frozenNamesByNumber;
        foreach (int number in _numbers)
        {
            dictionary.TryGetValue(number, out string? name);
            total += name!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NumberToName)]
    public int NumberToName_Libaudit()
    {
        int total = 0;
        foreach (int number in _numbers)
        {
            total += *Libaudit.ErrnoToName(number);
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups), BenchmarkCategory(NumberToMessage)]
    public int NumberToMessage_Switch()
    {
        int total = 0;
        foreach (int number in _numbers)
        {
            total += Errnos.GetMessage(number)!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NumberToMessage)]
    public int NumberToMessage_Dictionary()
    {
        int total = 0;
        var dictionary = _messagesByNumber;
        foreach (int number in _numbers)
        {
            dictionary.TryGetValue(number, out string? message);
            total += message!.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NumberToMessage)]
    public int NumberToMessage_FrozenDictionary()
    {
        int total = 0;
        var dictionary = _frozenMessagesByNumber;
        foreach (int number in _numbers)
        {
            dictionary.TryGetValue(number, out string? message);
            total += message!.Length;
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups), BenchmarkCategory(NameToNumber)]
    public int NameToNumber_Switch()
    {
        int total = 0;
        foreach (string name in _names)
        {
            Errnos.TryGetNumber(name.AsSpan(), out int number);
            total += number;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NameToNumber)]
    public int NameToNumber_Dictionary()
    {
        int total = 0;
        var dictionary = _numbersByName;
        foreach (string name in _names)
        {
            dictionary.TryGetValue(name.AsSpan(), out int number);
            total += number;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NameToNumber)]
    public int NameToNumber_FrozenDictionary()
    {
        int total = 0;
        var dictionary = _frozenNumbersByName;
        foreach (string name in _names)
        {
            dictionary.TryGetValue(name.AsSpan(), out int number);
            total += number;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups), BenchmarkCategory(NameToNumber)]
    public int NameToNumber_Libaudit()
    {
        int total = 0;
        foreach (nint name in _cNames)
        {
            total += Libaudit.NameToErrno((byte*)name);
        }

        return total;
    }
}
