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
