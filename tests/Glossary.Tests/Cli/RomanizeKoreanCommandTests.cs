using Snapshooter.Xunit;

namespace Glossary.Tests.Cli;

/// <summary>`glossary romanize --lang ko` end to end (issue 3); the snapshots are the reviewed spec.</summary>
public sealed class RomanizeKoreanCommandTests
{
    private const string Names = """
        이재명
        윤석열
        김정은
        문재인
        박근혜
        노무현
        김대중
        이승만
        김일성
        반기문
        손흥민
        봉준호
        한복남
        홍빛나
        이석민
        안중근
        김창룡
        남궁민수
        선우용녀
        최룡해
        """;

    private const string Places = """
        서울
        부산
        제주도
        충청북도
        경상북도
        의정부시
        도봉구
        당산동
        인왕리
        삼죽면
        종로
        신문로
        왕십리
        독도
        백령도
        속리산
        한라산
        경복궁
        판문점
        평양
        """;

    [Fact]
    public void Romanize_KoreanNames_AllSystems()
    {
        var result = CliRunner.Run(Names, "romanize", "--lang", "ko", "--system", "all", "--kind", "name", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(result.Stdout);
    }

    [Fact]
    public void Romanize_KoreanPlaces_AllSystems()
    {
        var result = CliRunner.Run(Places, "romanize", "--lang", "ko", "--system", "all", "--kind", "place", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(result.Stdout);
    }

    [Fact]
    public void Romanize_OneWordDefaultSystem_PrintsRr()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "독립문", "--kind", "place");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Dongnimmun\n", result.Stdout);
    }

    [Fact]
    public void Romanize_LangKoWithoutHangul_ExitsTwoWithMessage()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "--lang", "ko", "abc");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'abc' has no Hangul characters", result.Stderr);
    }

    [Fact]
    public void Romanize_UnknownSystem_ExitsTwoWithMessage()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "--lang", "ko", "--system", "hepburn", "한국");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown system 'hepburn' for ko", result.Stderr);
    }

    [Fact]
    public void Romanize_ChineseSystemForKorean_ExitsTwo()
    {
        var result = CliRunner.Run(string.Empty, "romanize", "--lang", "ko", "--system", "pinyin", "한국");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown system 'pinyin' for ko", result.Stderr);
    }
}
