using System.Text;
using Explainer.Site;
using Explainer.Tests.Harness;

namespace Explainer.Tests.Catalogue;

/// <summary>
/// The catalogue of bad and odd inputs (README, "Reliability"). Each case is a folder here with the files
/// it adds to an otherwise empty site (<c>seeds/</c>, <c>input/</c>, <c>theme/</c> over the repository's
/// theme), a setup below for what cannot be committed as a file (bytes in odd encodings, 10 MB, links),
/// and <c>expected.txt</c>: the build's result and diagnostics, paths relative to the case folder. Run
/// with <c>BLESS=1</c> to rewrite the expectations (<c>CATALOGUE=a,b</c> for only some cases), then read
/// every message in the diff: each must name
/// the file (and line and column where there is one) and say what to do, in a newsroom's words.
/// Every failing case also checks that the output folder it was given is untouched, to the timestamp.
/// </summary>
public sealed class CatalogueTests
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Explainer.Tests", "Catalogue");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Directory.GetDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(name!); // a directory always has a name
        }
        return data;
    }

    private const string Story = "市議會通過明年預算\n市議會昨天三讀通過明年度總預算。\n議長表示，審查過程順利。\n";

    /// <summary>What each case does beyond copying its folder; a case without an entry only copies.</summary>
    private static readonly Dictionary<string, Func<CatalogueCase, Task<BuildResult>?>> Setups = new(StringComparer.Ordinal)
    {
        ["empty-seed"] = c => Seed(c, "empty.txt", []),
        ["whitespace-only-seed"] = c => Seed(c, "blank.txt", " \n\t\n\u3000\u3000\n   \n"),
        ["bom-only-seed"] = c => Seed(c, "bom.txt", [0xEF, 0xBB, 0xBF]),
        ["headline-only-seed"] = c => Seed(c, "headline.txt", "只有一行標題\n"),
        ["binary-file-as-seed"] = c => Seed(c, "photo.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0, 0xFF, 0xD8, 0xFF, 0xE0]),
        ["invalid-utf8"] = c => Seed(c, "broken.txt", [.. Encoding.UTF8.GetBytes("市議會通過明年預算\n市議會昨天三讀通過明年度總預算。\n議長表示"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("審查過程順利。\n")]),
        ["big5-seed"] = c => Seed(c, "big5.txt", Big5().GetBytes(Story)),
        ["editorial-file-in-big5"] = c =>
        {
            c.WriteSeed("story.txt", Story);
            Directory.CreateDirectory(Path.Combine(c.Input, "story"));
            File.WriteAllBytes(Path.Combine(c.Input, "story", "corrections.yml"), Big5().GetBytes("- original: 總預算\n  corrected: 總預算案\n  reason: 三讀通過的是預算案\n"));
            return null;
        },
        ["utf16-le-with-bom"] = c => Seed(c, "utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Story)]),
        ["utf16-be-with-bom"] = c => Seed(c, "utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Story)]),
        ["crlf-line-endings"] = c => Seed(c, "crlf.txt", Story.Replace("\n", "\r\n", StringComparison.Ordinal)),
        ["lone-cr-line-endings"] = c => Seed(c, "cr.txt", Story.Replace('\n', '\r')),
        ["mixed-line-endings-and-bom"] = c => Seed(c, "mixed.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("市議會通過明年預算\r\n市議會昨天三讀通過明年度總預算。\r議長表示，審查過程順利。\n")]),
        ["ten-megabyte-seed"] = c =>
        {
            var bytes = Encoding.UTF8.GetBytes(TenMegabytes());
            Assert.True(bytes.Length >= 10_000_000, $"{bytes.Length} bytes");
            return Seed(c, "huge.txt", bytes);
        },
        ["line-of-100000-characters"] = c => Seed(c, "long-line.txt", "一行很長的文章\n" + string.Concat(Enumerable.Repeat("預算審查過程順利，", 100_000 / 9 + 1))[..100_000] + "\n議長表示，審查過程順利。\n"),
        ["unreadable-seed"] = c =>
        {
            File.CreateSymbolicLink(Path.Combine(c.Seeds, "gone.txt"), Path.Combine(c.Root, "no-such-file.txt"));
            return null;
        },
        ["unreadable-editorial-file"] = c =>
        {
            c.WriteSeed("story.txt", Story);
            File.CreateSymbolicLink(Path.Combine(c.Input, "site.yml"), Path.Combine(c.Root, "no-such-site.yml"));
            return null;
        },
        ["output-cannot-be-written"] = c =>
        {
            c.WriteSeed("story.txt", Story);
            File.WriteAllText(Path.Combine(c.Root, "not-a-folder"), "a file where a folder should be");
            c.Output = Path.Combine(c.Root, "not-a-folder", "site");
            return null;
        },
        ["output-is-a-file"] = c =>
        {
            c.WriteSeed("story.txt", Story);
            c.Output = Path.Combine(c.Root, "report.html");
            File.WriteAllText(c.Output, "someone's file, not a site");
            return null;
        },
        ["seed-deleted-while-previewing"] = async c =>
        {
            c.WriteSeed("budget.txt", Story);
            c.WriteSeed("zoo.txt", "動物園迎來新成員\n動物園昨天迎來一隻小貓熊。\n園方表示，牠很健康。\n");
            using var preview = new SiteBuilder(c.Options);
            var first = await preview.RunAsync(TestContext.Current.CancellationToken);
            Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
            File.Delete(Path.Combine(c.Seeds, "zoo.txt"));
            var second = await preview.RunAsync(TestContext.Current.CancellationToken);
            Assert.Contains(second.ChangedFiles, f => f.StartsWith("zoo/", StringComparison.Ordinal));
            Assert.False(Directory.Exists(Path.Combine(c.Output, "zoo")));
            return second;
        },
        ["seeds-folder-missing"] = c =>
        {
            Directory.Delete(c.Seeds);
            return null;
        },
        ["no-seeds"] = c => null,
        ["alias-clash"] = Repo(c => File.WriteAllText(Path.Combine(c.Input, "profiles", "wang-twin.yml"), "id: wang-twin\nname: 另一個 Wang\naliases: [Wang]\nwhy: 測試\n")),
        ["note-quote-missing"] = Repo(c => File.WriteAllText(Path.Combine(c.SeedNotes, "lost.md"), "---\nkind: context\nquote: 這句話已經不在文章裡\ntitle: 失落的註解\n---\n內文。\n")),
        ["note-quote-ambiguous"] = Repo(c => File.WriteAllText(Path.Combine(c.SeedNotes, "twice.md"), "---\nkind: context\nquote: Wang\ntitle: 出現太多次的引文\n---\n內文。\n")),
        ["chart-figure-disagrees-with-seed"] = Repo(c => File.WriteAllText(c.RepoSeedFile, File.ReadAllText(c.RepoSeedFile).Replace("砍掉20億美元", "砍掉30億美元", StringComparison.Ordinal))),
        ["correction-matches-nothing"] = Repo(c => File.WriteAllText(Directory.GetFiles(c.Input, "corrections.yml", SearchOption.AllDirectories).Single(), "- original: 這句話不在文章裡\n  corrected: 另一句\n  reason: 測試\n")),
        ["missing-theme-file"] = c =>
        {
            c.WriteSeed("story.txt", Story);
            File.Delete(Path.Combine(c.Theme, "partials", "site-footer.sbn"));
            return null;
        },
        ["missing-theme-page"] = c =>
        {
            c.WriteSeed("story.txt", Story);
            File.Delete(Path.Combine(c.Theme, "pages", "section.sbn"));
            return null;
        },
        ["unknown-template-variable"] = c => Theme(c, "partials/site-footer.sbn", t => t + "{{ page.no_such_field }}\n{{ no_such_variable }}\n"),
        ["unknown-template-top-level-variable"] = c => Theme(c, "pages/home.sbn", t => "{{ if explainer_count > 0 }}{{ end }}\n" + t),
        ["template-syntax-error"] = c => Theme(c, "pages/section.sbn", t => t.Replace("{{ content }}", "{{ content ", StringComparison.Ordinal) + "{{ if section.is_lead }\n"),
        ["template-includes-itself"] = c => Theme(c, "partials/site-footer.sbn", t => t + "{{ include 'partials/site-footer.sbn' }}\n"),
        ["template-includes-outside-the-theme"] = c => Theme(c, "partials/site-footer.sbn", t => t + "{{ include '../../secret.txt' }}\n"),
        ["strict-fails-on-a-warning"] = c =>
        {
            c.Strict = true;
            c.WriteSeed("story.txt", Story);
            Directory.CreateDirectory(Path.Combine(c.Input, "story"));
            File.WriteAllText(Path.Combine(c.Input, "story", "explainer-old.yml"), "slug: an-old-copy\n");
            return null;
        },
    };

    /// <summary>Cases whose one seed must come out with exactly this headline (decoded, not mangled).</summary>
    private static readonly Dictionary<string, string> Headlines = new(StringComparer.Ordinal)
    {
        ["big5-seed"] = "市議會通過明年預算",
        ["utf16-le-with-bom"] = "市議會通過明年預算",
        ["utf16-be-with-bom"] = "市議會通過明年預算",
        ["crlf-line-endings"] = "市議會通過明年預算",
        ["lone-cr-line-endings"] = "市議會通過明年預算",
        ["mixed-line-endings-and-bom"] = "市議會通過明年預算",
        ["markup-html-and-script-in-seed"] = "<script>alert(\"headline\")</script> 標題裡的 *星號* 與 [連結](javascript:alert(1))",
        ["scriban-syntax-in-seed-and-input"] = "{{ \"標題\" | string.upcase }} 範本語法 {{ include 'layouts/base.sbn' }}",
        ["hostile-strings-in-editorial"] = "市議會通過明年預算\"'</title></script><script>alert(1)</script>",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case(string name)
    {
        // CATALOGUE=<case>[,<case>…] runs only those (with BLESS=1, rewrites only their expected.txt).
        if (Environment.GetEnvironmentVariable("CATALOGUE") is { Length: > 0 } only && !only.Split(',').Contains(name))
        {
            Assert.Skip($"CATALOGUE={only} leaves {name} out");
        }
        using var run = new CatalogueCase(name);
        run.Overlay();
        var before = CatalogueCase.Snapshot(run.Output);
        var siblingsBefore = Siblings(run);
        var special = Setups.TryGetValue(name, out var setup) ? setup(run) : null;
        if (special is null)
        {
            before = CatalogueCase.Snapshot(run.Output);
            siblingsBefore = Siblings(run);
        }
        var result = await (special ?? run.BuildAsync());

        Golden.Golden.Match(Path.Combine(run.Folder, "expected.txt"), run.Describe(result));
        if (!result.Succeeded)
        {
            Assert.Equal(before, CatalogueCase.Snapshot(run.Output));
            Assert.Equal(siblingsBefore, Siblings(run));
        }
        else
        {
            if (special is null)
            {
                Assert.False(File.Exists(Path.Combine(run.Output, "old-story", "index.html")), "a build replaces the previous site");
            }
            if (name != "ten-megabyte-seed") // plain generated prose; parsing its 10 MB page would double the case's time
            {
                SafeSite.Check(run.Output);
            }
            if (Headlines.TryGetValue(name, out var headline))
            {
                Assert.Equal(headline, SiteIndex.Load(run.Output).Explainers.Single().Title);
            }
        }
    }

    /// <summary>What sits beside the output: a build may leave its lock file, but no staging or previous folder.</summary>
    private static string Siblings(CatalogueCase run) =>
        string.Join("\n", Directory.GetFileSystemEntries(run.Root)
            .Select(Path.GetFileName)
            .Where(n => n!.StartsWith(Path.GetFileName(run.Output), StringComparison.Ordinal) && !n.EndsWith(".lock", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

    private static Task<BuildResult>? Seed(CatalogueCase c, string fileName, string text)
    {
        c.WriteSeed(fileName, text);
        return null;
    }

    private static Task<BuildResult>? Seed(CatalogueCase c, string fileName, byte[] bytes)
    {
        c.WriteSeed(fileName, bytes);
        return null;
    }

    private static Func<CatalogueCase, Task<BuildResult>?> Repo(Action<CatalogueCase> change) => c =>
    {
        c.UseRepoSite();
        change(c);
        return null;
    };

    private static Task<BuildResult>? Theme(CatalogueCase c, string template, Func<string, string> change)
    {
        c.WriteSeed("story.txt", Story);
        var path = Path.Combine(c.Theme, template);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        return null;
    }

    public static Encoding Big5()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("big5");
    }

    /// <summary>Over 10 MB of an ordinary article: a heading every 1,000 paragraphs, some lines hard-wrapped.</summary>
    public static string TenMegabytes()
    {
        var builder = new StringBuilder("十 MB 的長文\n", 10_600_000);
        for (var i = 0; builder.Length < 3_850_000; i++)
        {
            if (i % 1000 == 0)
            {
                builder.Append("第").Append(i / 1000 + 1).Append("節\n");
            }
            builder.Append("市議會昨天三讀通過明年度總預算，其中第").Append(i).Append("項");
            builder.Append(i % 3 == 0 ? "\n" : "預算為").Append(i % 3 == 0 ? "" : "300億元，議長表示審查過程順利。\n");
            if (i % 3 == 0)
            {
                builder.Append("的說明繼續在下一行，直到句子結束。\n");
            }
        }
        return builder.ToString();
    }
}
