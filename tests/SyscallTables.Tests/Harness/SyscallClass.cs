using System.Globalization;
using System.Reflection;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// One generated per-table class (<see cref="X86_64Syscalls"/>, <see cref="MipsO32Syscalls"/>, ...) and its enum,
/// reached by name so that one theory runs the same checks on every table. Its members return spans, which
/// <see cref="MethodInfo.Invoke(object, object[])"/> cannot box, so each is bound to a delegate of its own shape.
/// </summary>
internal sealed class SyscallClass
{
    private delegate ReadOnlySpan<byte> Utf8Name(int number);

    private delegate bool NumberOfChars(ReadOnlySpan<char> name, out int number);

    private delegate bool NumberOfUtf8(ReadOnlySpan<byte> utf8Name, out int number);

    private delegate ReadOnlySpan<int> NumberList();

    private readonly Func<int, string?> _getName;
    private readonly Func<int, string?> _getAuditName;
    private readonly Utf8Name _getNameUtf8;
    private readonly Utf8Name _getAuditNameUtf8;
    private readonly NumberOfChars _tryGetNumber;
    private readonly NumberOfUtf8 _tryGetNumberUtf8;
    private readonly NumberList _numbers;
    private readonly Type _enum;

    public SyscallClass(string prefix)
    {
        Type type = typeof(Syscalls).Assembly.GetType($"SyscallTables.{prefix}Syscalls", throwOnError: true)!;
        Name = type.Name;
        _getName = Bind<Func<int, string?>>(type, "GetName", typeof(int));
        _getAuditName = Bind<Func<int, string?>>(type, "GetAuditName", typeof(int));
        _getNameUtf8 = Bind<Utf8Name>(type, "GetNameUtf8", typeof(int));
        _getAuditNameUtf8 = Bind<Utf8Name>(type, "GetAuditNameUtf8", typeof(int));
        _tryGetNumber = Bind<NumberOfChars>(type, "TryGetNumber", typeof(ReadOnlySpan<char>), typeof(int).MakeByRefType());
        _tryGetNumberUtf8 = Bind<NumberOfUtf8>(type, "TryGetNumber", typeof(ReadOnlySpan<byte>), typeof(int).MakeByRefType());
        _numbers = type.GetProperty("Numbers")!.GetMethod!.CreateDelegate<NumberList>();
        Count = Constant(type, "Count");
        MinNumber = Constant(type, "MinNumber");
        MaxNumber = Constant(type, "MaxNumber");
        MaxNameLength = Constant(type, "MaxNameLength");
        _enum = typeof(Syscalls).Assembly.GetType($"SyscallTables.{prefix}Syscall", throwOnError: true)!;
    }

    /// <summary>The class's name, e.g. <c>X86_64Syscalls</c>.</summary>
    public string Name { get; }

    public int Count { get; }

    public int MinNumber { get; }

    public int MaxNumber { get; }

    public int MaxNameLength { get; }

    public string? GetName(int number) => _getName(number);

    public string? GetAuditName(int number) => _getAuditName(number);

    public byte[] GetNameUtf8(int number) => _getNameUtf8(number).ToArray();

    public byte[] GetAuditNameUtf8(int number) => _getAuditNameUtf8(number).ToArray();

    public (bool Found, int Number) TryGetNumber(string name) => (_tryGetNumber(name, out int number), number);

    public (bool Found, int Number) TryGetNumber(byte[] utf8Name) => (_tryGetNumberUtf8(utf8Name, out int number), number);

    public int[] Numbers() => _numbers().ToArray();

    /// <summary>The enum's members as (name without the <c>@</c> escape, value).</summary>
    public (string Name, int Value)[] EnumMembers() =>
        [.. Enum.GetNames(_enum).Select(name => (name, Convert.ToInt32(Enum.Parse(_enum, name), CultureInfo.InvariantCulture)))];

    private static TDelegate Bind<TDelegate>(Type type, string name, params Type[] parameters)
        where TDelegate : Delegate
        => (type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new MissingMethodException(type.Name, name)).CreateDelegate<TDelegate>();

    private static int Constant(Type type, string name) =>
        (int)(type.GetField(name, BindingFlags.Public | BindingFlags.Static) ?? throw new MissingFieldException(type.Name, name)).GetRawConstantValue()!;
}
