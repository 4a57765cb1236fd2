using System.Reflection;
using System.Runtime.Loader;

namespace Vigil.Text.Tests;

public sealed class ReferenceTablesTests
{
    // Run in an assembly load context of its own, where no table is loaded yet (other tests of this process load
    // them): a table added to Vigil.Text but not to ReferenceTables.Load is found here.
    [Fact]
    public void Load_LoadsEveryTableOfTheLibrary()
    {
        var context = new AssemblyLoadContext("reference-tables", isCollectible: true);
        try
        {
            var text = context.LoadFromAssemblyPath(typeof(ReferenceTables).Assembly.Location);
            var tables = LazyFields(text).ToList();
            Assert.NotEmpty(tables);
            Assert.All(tables, t => Assert.False(IsLoaded(t), $"{t.Name} already loaded"));

            text.GetType(typeof(ReferenceTables).FullName!)!.GetMethod(nameof(ReferenceTables.Load))!.Invoke(null, null);

            Assert.All(tables, t => Assert.True(IsLoaded(t), $"{t.Field.DeclaringType!.Name}.{t.Name} not loaded by ReferenceTables.Load"));
        }
        finally
        {
            context.Unload();
        }
    }

    private static IEnumerable<(FieldInfo Field, string Name)> LazyFields(Assembly assembly) =>
        from type in assembly.GetTypes()
        from field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        where field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(Lazy<>)
        select (field, field.Name);

    private static bool IsLoaded((FieldInfo Field, string Name) table)
    {
        var lazy = table.Field.GetValue(null)!;
        return (bool)lazy.GetType().GetProperty(nameof(Lazy<int>.IsValueCreated))!.GetValue(lazy)!;
    }
}
