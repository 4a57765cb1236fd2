using System.Reflection;
using System.Runtime.Loader;

namespace Vigil.Interleaved;

/// <summary>Loads one build of Vigil from its output folder, apart from any other build in the process.</summary>
internal sealed class BuildLoadContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssembly);
    private readonly string folder = Path.GetDirectoryName(mainAssembly)!;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = resolver.ResolveAssemblyToPath(assemblyName) ?? Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
