namespace Explainer.Bench;

public static class Folders
{
    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!); // below target, so it has a parent
            File.Copy(file, destination);
        }
    }
}
