using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The generator is incremental in fact, not only in name: an unrelated edit re-runs nothing, editing one arch's
/// table re-emits only that arch, and no step keeps a Roslyn object that would defeat the comparison.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] StepNames = [.. typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Unrelated_syntax_tree_leaves_every_step_cached()
    {
        var host = new GeneratorHost(FixtureTables.All);
        var first = host.Run();
        host.AddSyntaxTree("namespace User; public static class Unrelated { public const int Answer = 42; }", "Unrelated.cs");
        var second = host.Run();

        Assert.Empty(first.Diagnostics);
        Assert.Subset(second.TrackedSteps.Keys.ToHashSet(), StepNames.ToHashSet());
        foreach (string name in StepNames)
        {
            var reasons = second.TrackedSteps[name].SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }

        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void Editing_one_table_re_emits_only_that_arch()
    {
        var host = new GeneratorHost(FixtureTables.All);
        var before = host.Run();
        host.ReplaceText(FixtureTables.I386Path, FixtureTables.I386 + "\n190\ti386\tvfork\t\t\tsys_vfork\n");
        var after = host.Run();

        Assert.Empty(after.Diagnostics);
        var parsed = Outputs(after, TrackingNames.ParseInputs).ToList();
        Assert.Equal([FixtureTables.I386Path], parsed.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((ParsedInput)o.Value).Path));
        Assert.All(parsed.Where(o => ((ParsedInput)o.Value).Path != FixtureTables.I386Path), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        var archModels = Outputs(after, TrackingNames.ArchModels).ToDictionary(o => ((SyscallArchModel)o.Value).Arch, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, archModels["I386"]);
        Assert.True(archModels["X86_64"] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, archModels["X86_64"].ToString());

        // The dispatcher depends only on which arch serves which audit arch, errno and AuditArch not at all on tables.
        foreach (string name in new[] { TrackingNames.DispatchModel, TrackingNames.ErrnoModel, TrackingNames.AuditArchModel, TrackingNames.AuditNames })
        {
            Assert.All(Outputs(after, name), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        var old = Texts(before);
        var @new = Texts(after);
        Assert.Equal(old.Keys, @new.Keys);
        Assert.Equal(["Syscalls.I386.g.cs"], old.Keys.Where(k => old[k] != @new[k]));
        Assert.Contains("190 => \"vfork\",", @new["Syscalls.I386.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_table_rows_leaves_the_argument_constants_cached()
    {
        // Argument constants depend on which arches have tables, not on their rows.
        var host = new GeneratorHost([
            .. FixtureTables.All,
            TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/generic/asm-generic-fcntl.h", "#define O_WRONLY 00000001\n"),
            TableInput.OfKind("ArgumentNames", "/fixtures/argument-names.txt", "OpenFlags O_WRONLY\n"),
        ]);
        var before = host.Run();
        host.ReplaceText(FixtureTables.I386Path, FixtureTables.I386 + "\n190\ti386\tvfork\t\t\tsys_vfork\n");
        var after = host.Run();

        Assert.Empty(after.Diagnostics);
        Assert.Contains("global::SyscallTables.AuditArch.I386 or global::SyscallTables.AuditArch.X86_64 => 0,", Texts(before)["ArgumentConstants.g.cs"], StringComparison.Ordinal);
        var constants = Outputs(after, TrackingNames.ArgumentConstantsModel).ToList();
        Assert.NotEmpty(constants);
        Assert.All(constants, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(Texts(before)["ArgumentConstants.g.cs"], Texts(after)["ArgumentConstants.g.cs"]);
    }

    [Fact]
    public void No_step_output_holds_a_Roslyn_object()
    {
        var host = new GeneratorHost([.. FixtureTables.All, TableInput.OfKind("Bogus", "/fixtures/bogus.txt", "x"), TableInput.SyscallTable("/fixtures/bad.tbl", "1 common\n", "Bad", "common")]);
        host.Run();
        host.AddSyntaxTree("class Unrelated { }", "Unrelated.cs");
        var run = host.Run();

        var found = new List<string>();
        int walked = 0;
        // Only the generator's own steps: Roslyn's input steps (AdditionalTexts, Compilation) hold Roslyn objects by nature.
        foreach ((string name, ImmutableArray<IncrementalGeneratorRunStep> steps) in run.TrackedSteps.Where(s => StepNames.Contains(s.Key)))
        {
            foreach (var (value, _) in steps.SelectMany(s => s.Outputs))
            {
                walked++;
                RoslynObjects(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), found);
            }
        }

        Assert.True(walked > 10, $"only {walked} outputs walked");
        Assert.Empty(found);
    }

    [Fact]
    public void The_walk_finds_Roslyn_objects_where_they_are()
    {
        var found = new List<string>();
        var hidden = (1, ImmutableArray.Create<object>("a", new { Text = SourceText.From("x") }), new EquatableArray<string>(["b"]));
        RoslynObjects(hidden, "probe", new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        RoslynObjects(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedRow, SourceLocation.File("f"), "a", "b"), "allowed", new HashSet<object>(ReferenceEqualityComparer.Instance), found);

        var hit = Assert.Single(found);
        Assert.Contains("probe.Item2[1].<Text>i__Field: Microsoft.CodeAnalysis.Text.", hit, StringComparison.Ordinal);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step)
        => run.TrackedSteps[step].SelectMany(s => s.Outputs);

    private static Dictionary<string, string> Texts(GeneratorRunResult run)
        => run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>
    /// Walks an object graph (fields of records, tuples and structs; elements of collections) and records every object
    /// of a Roslyn type. A <see cref="DiagnosticDescriptor"/> is allowed: it is immutable and compares by value.
    /// </summary>
    private static void RoslynObjects(object? value, string path, HashSet<object> seen, List<string> found)
    {
        if (value is null or string or DiagnosticDescriptor || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        Type type = value.GetType();
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (type.Assembly.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                RoslynObjects(item, $"{path}[{i++}]", seen, found);
            }

            if (type.IsArray)
            {
                return;
            }
        }

        for (Type? t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                {
                    RoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen, found);
                }
            }
        }
    }
}
