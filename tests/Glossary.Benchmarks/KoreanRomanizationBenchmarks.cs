using BenchmarkDotNet.Attributes;
using Glossary.Romanization.Core;

namespace Glossary.Benchmarks;

/// <summary>
/// Korean romanization throughput on realistic inputs. Each operation romanizes the whole list once;
/// syllables per second = <see cref="Syllables"/> / mean time (the README lists the numbers).
/// </summary>
[MemoryDiagnoser]
public class KoreanRomanizationBenchmarks
{
    private static readonly string[] Words =
    [
        "한국어", "대통령", "독립운동", "국민", "협력", "해돋이", "같이", "좋고", "입학", "백화점", "생산량", "의견란",
        "솜이불", "색연필", "안녕하세요", "감사합니다", "막걸리", "떡볶이", "비빔밥", "삼겹살", "조선민주주의인민공화국",
        "새마을운동", "읽다", "밟다", "넓히다", "굳히다", "꽃잎", "맛있다", "괜찮아", "한글날",
    ];

    private static readonly string[] Places =
    [
        "서울", "부산", "제주도", "충청북도", "경상북도", "의정부시", "도봉구", "당산동", "인왕리", "삼죽면", "종로", "신문로",
        "왕십리", "독도", "백령도", "속리산", "한라산", "경복궁", "판문점", "평양", "강남구", "해운대구", "광화문", "청량리",
        "압구정동", "대관령", "울릉도", "남한산성", "불국사", "세종대로",
    ];

    private static readonly string[] Names =
    [
        "이재명", "윤석열", "김정은", "문재인", "박근혜", "노무현", "김대중", "이승만", "김일성", "반기문", "손흥민", "봉준호",
        "한복남", "홍빛나", "이석민", "안중근", "김창룡", "남궁민수", "선우용녀", "최룡해", "박지성", "김연아", "이순신",
        "정주영", "이건희", "유관순", "김영삼", "전두환", "노태우", "박정희",
    ];

    private readonly IRomanizer korean = Romanizers.Korean;

    /// <summary>Hangul syllables in the three lists together.</summary>
    public static int Syllables { get; } = Words.Concat(Places).Concat(Names).Sum(s => s.Length);

    [GlobalSetup]
    public void Setup() => korean.Romanize("한국", RomanizationSystem.RevisedRomanization, RomanizationKind.Word);

    [Benchmark(Baseline = true)]
    public int RrWords() => Run(Words, RomanizationSystem.RevisedRomanization, RomanizationKind.Word);

    [Benchmark]
    public int RrPlaces() => Run(Places, RomanizationSystem.RevisedRomanization, RomanizationKind.Place);

    [Benchmark]
    public int RrNames() => Run(Names, RomanizationSystem.RevisedRomanization, RomanizationKind.Name);

    [Benchmark]
    public int MrPlaces() => Run(Places, RomanizationSystem.McCuneReischauer, RomanizationKind.Place);

    [Benchmark]
    public int NameSpellings()
    {
        var total = 0;
        foreach (var name in Names)
            total += korean.EnumerateSpellings(name, RomanizationKind.Name).Count;
        return total;
    }

    private int Run(string[] inputs, RomanizationSystem system, RomanizationKind kind)
    {
        var total = 0;
        foreach (var input in inputs)
            total += korean.Romanize(input, system, kind).Length;
        return total;
    }
}
