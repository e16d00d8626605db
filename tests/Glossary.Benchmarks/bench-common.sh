# Sourced (not run) by the scripts in this folder, from the repository root. It gives them a scratch folder
# $work that is removed on exit, a quiet dotnet, this machine's runtime identifier $rid, build_hello (a "hello
# world" console program in $work/hello/out) and medians_interleaved (median wall times of commands run in turns).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"

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
