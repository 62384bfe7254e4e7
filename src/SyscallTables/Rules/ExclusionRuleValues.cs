using System;
using System.Collections.Generic;

namespace SyscallTables.Rules;

/// <summary>
/// The <see cref="ExclusionRuleValue"/>s a builder has read, by the bytes they were logged as: a log names the same few
/// exes and ids millions of times, and each is checked once. Only short values are kept, and only so many, so that a
/// log of distinct values costs no more than reading each of them.
/// </summary>
internal sealed class ExclusionRuleValues
{
    private const int MaxKeptPerField = 1024;
    private const int MaxKeptBytes = 256;

    // One table per field and encoding (hex or as it is): the same bytes mean another value in hex.
    private readonly Dictionary<byte[], ExclusionRuleValue>.AlternateLookup<ReadOnlySpan<byte>>[] _read =
        new Dictionary<byte[], ExclusionRuleValue>.AlternateLookup<ReadOnlySpan<byte>>[2 * ExclusionRuleFieldNames.Count];

    public ExclusionRuleValues()
    {
        for (int i = 0; i < _read.Length; i++)
        {
            _read[i] = new Dictionary<byte[], ExclusionRuleValue>(LoggedBytes.Comparer).GetAlternateLookup<ReadOnlySpan<byte>>();
        }
    }

    /// <summary>The value of field <paramref name="index"/> (exe, auid, uid, euid, gid, egid, key, comm) logged as <paramref name="logged"/>.</summary>
    /// <param name="index">The field's index in <see cref="ExclusionRuleFieldNames"/>.</param>
    /// <param name="logged">The value as the record holds it.</param>
    /// <param name="isHex">Whether it is the kernel's hex encoding.</param>
    /// <returns>The value.</returns>
    public ExclusionRuleValue Get(int index, ReadOnlySpan<byte> logged, bool isHex)
    {
        Dictionary<byte[], ExclusionRuleValue>.AlternateLookup<ReadOnlySpan<byte>> read = _read[(2 * index) + (isHex ? 1 : 0)];
        if (read.TryGetValue(logged, out ExclusionRuleValue? value))
        {
            return value;
        }

        value = index == ExclusionRuleFieldNames.ExeIndex ? ExclusionRuleValue.ForExe(logged, isHex)
            : ExclusionRuleFieldNames.IsId(index) ? ExclusionRuleValue.ForId(logged, isLoginUid: index == ExclusionRuleFieldNames.AuidIndex)
            : ExclusionRuleValue.ForLabel(logged, isHex, isKey: index == ExclusionRuleFieldNames.KeyIndex);
        if (logged.Length <= MaxKeptBytes && read.Dictionary.Count < MaxKeptPerField)
        {
            read[logged] = value;
        }

        return value;
    }

    private sealed class LoggedBytes : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly LoggedBytes Comparer = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
