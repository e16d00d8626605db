# Shared by startup-check.sh and startup-zh.sh (sourced, not run): a "hello world" console program built in
# $work/hello/out, and mean_ms, the mean wall time of N runs of a command after three warm-up runs.
build_hello() {
  mkdir -p "$work/hello"
  cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
XML
  echo 'System.Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
  dotnet build "$work/hello" -c Release -o "$work/hello/out" -v quiet -nologo > /dev/null
}

mean_ms() { # mean wall time in ms of $runs runs of "$@", after 3 warm-up runs; a non-zero exit is fine
  for _ in 1 2 3; do "$@" > /dev/null 2>&1 || true; done
  local total=0 start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N); "$@" > /dev/null 2>&1 || true; end=$(date +%s%N)
    total=$((total + end - start))
  done
  awk -v t="$total" -v n="$runs" 'BEGIN { printf "%.1f", t / n / 1e6 }'
}

# Median wall time in ms of each command line given (one string each, split on spaces: no quoting), run in turns
# ($runs rounds of all of them, after 3 warm-up rounds), so that a noisy neighbour slows all of them alike.
# Prints one "median_ms command" line per command, in the order given.
medians_interleaved() {
  local dir times i cmd start end
  dir="$(mktemp -d)"
  for _ in 1 2 3; do for cmd in "$@"; do $cmd > /dev/null 2>&1 || true; done; done
  for _ in $(seq "$runs"); do
    i=0
    for cmd in "$@"; do
      start=$(date +%s%N); $cmd > /dev/null 2>&1 || true; end=$(date +%s%N)
      echo $(((end - start) / 1000)) >> "$dir/$i"
      i=$((i + 1))
    done
  done
  i=0
  for cmd in "$@"; do
    times="$(sort -n "$dir/$i")"
    awk -v c="$cmd" '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f %s\n", m / 1000, c }' <<< "$times"
    i=$((i + 1))
  done
  rm -rf "$dir"
}
