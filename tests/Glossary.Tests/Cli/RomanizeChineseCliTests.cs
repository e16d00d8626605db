using Snapshooter.Xunit;

namespace Glossary.Tests.Cli;

/// <summary><c>glossary romanize --lang zh</c> through the real command.</summary>
public sealed class RomanizeChineseCliTests
{
    private const string Names = """
        习近平
        毛泽东
        邓小平
        周恩来
        刘少奇
        赵乐际
        李长春
        张朝阳
        曾庆红
        解振华
        单霁翔
        仇和
        谌贻琴
        薄熙来
        朴槿惠
        华春莹
        翟志刚
        葛优
        任正非
        查良镛
        欧阳修
        司马迁
        诸葛亮
        上官婉儿
        尉迟恭
        长孙无忌
        万俟卨
        令狐冲
        张王淑芳
        陈敏尔
        吕不韦
        鲁迅
        老舍
        蔡元培
        孔祥熙
        習近平
        """;

    private const string Places = """
        北京
        上海
        西安
        天安门
        厦门
        成都
        长沙
        重庆
        六安
        六盘水
        蚌埠
        丽水
        丽江
        台州
        乐清
        乐亭
        番禺
        亳州
        东莞
        济南
        洪洞
        黄陂
        铅山
        东阿
        宿迁
        西藏
        朝阳
        都江堰
        陕西
        山西
        哈尔滨
        乌鲁木齐
        高雄
        臺北
        广州
        青海
        北京市
        """;

    [Fact]
    public void Romanize_NamesAllSystems_MatchesSnapshot()
    {
        var result = CliRunner.Run(Names, "romanize", "-", "--lang", "zh", "--system", "all", "--kind", "name");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Stdout);
    }

    [Fact]
    public void Romanize_PlacesAllSystems_MatchesSnapshot()
    {
        var result = CliRunner.Run(Places, "romanize", "-", "--lang", "zh", "--system", "all", "--kind", "place");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Stdout);
    }

    [Fact]
    public void Romanize_DefaultSystem_IsPinyinWithToneMarks()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "--lang", "zh", "--kind", "name", "习近平");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Xí Jìnpíng\n", result.Stdout);
    }

    [Fact]
    public void Romanize_NoHanCharacters_ExitsWithError()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "--lang", "zh", "Beijing");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no Han characters", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Romanize_UnknownSystem_ExitsWithError()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "--lang", "zh", "--system", "rr", "习近平");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown system 'rr' for zh", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Romanize_Json_ListsEverySystem()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "--lang", "zh", "--system", "all", "--kind", "place", "--format", "json", "西安");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"wade-giles-simple\": \"Hsian\"", result.Stdout, StringComparison.Ordinal);
    }
}
