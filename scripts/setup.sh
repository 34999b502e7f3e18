# The set-up the README's two commands do for themselves on a Debian or Ubuntu machine that has only Java and Maven:
# the distribution's packages for what is missing (one `apt-get update`, then `apt-get install -y`, with apt's own
# progress), and the first build with a progress line. Sourced by ./ioc; every function prints what it does on stderr.

ioc_say() { echo "ioc: $*" >&2; }

# Packages are installed without asking only by root or with passwordless sudo; anyone else is told the command.
ioc_may_install() { [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; }
ioc_as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }

# ioc_apt_install WHY PACKAGE...: installs the packages, or says the one command to run and fails.
ioc_apt_install() {
  local why=$1
  shift
  if ! command -v apt-get >/dev/null 2>&1; then
    ioc_say "$why needs $*; this is not a Debian or Ubuntu system: install them with its package manager"
    return 1
  fi
  if ! ioc_may_install; then
    ioc_say "$why needs $*. Run: sudo apt-get update && sudo apt-get install -y $*"
    return 1
  fi
  ioc_say "$why: installing $* (apt-get update, then apt-get install -y; the download takes a few minutes)"
  ioc_as_root apt-get update && ioc_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

# The same places LocalClickHouseServer looks for a server binary.
ioc_have_clickhouse() {
  local d
  for d in ${PATH//:/ } /usr/sbin /usr/bin /usr/local/bin; do
    [[ -x $d/clickhouse-server || -x $d/clickhouse ]] && return 0
  done
  return 1
}

ioc_have_postgres() { command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; }

ioc_have_notebook_tools() {
  command -v jupyter >/dev/null 2>&1 && python3 -c "import pandas, matplotlib, ipykernel" >/dev/null 2>&1
}

# A ClickHouse server for commands that use ./ioc's local one (no CLICKHOUSE_URL): Debian's package when missing.
ioc_ensure_clickhouse() {
  [[ -n ${CLICKHOUSE_URL:-} ]] && return 0
  ioc_have_clickhouse && return 0
  ioc_apt_install "a local ClickHouse server (or set CLICKHOUSE_URL to an existing one)" \
    clickhouse-server clickhouse-client
}

# What the tests need: ClickHouse (throwaway servers), PostgreSQL binaries (catalogue and benchmark tests), the
# notebook tools (every notebook is executed) and Chromium (the report is opened and screenshotted headless).
ioc_ensure_test_tools() {
  local missing=()
  ioc_have_clickhouse || missing+=(clickhouse-server clickhouse-client)
  ioc_have_postgres || missing+=(postgresql)
  ioc_have_notebook_tools || missing+=(python3-pandas python3-matplotlib jupyter-nbconvert python3-ipykernel)
  if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    # Debian's package is chromium; Ubuntu's is chromium-browser
    if apt-cache show chromium >/dev/null 2>&1; then missing+=(chromium); else missing+=(chromium-browser); fi
  fi
  [[ ${#missing[@]} -eq 0 ]] && return 0
  ioc_apt_install "the tests" "${missing[@]}"
}

# ioc_build POM LOG: mvn package without tests. The first build downloads about 200 MB of dependencies; instead of
# Maven's page of URLs it shows one line of files and megabytes so far (the full log stays in LOG).
ioc_build() {
  local pom=$1 log=$2 tty=0
  [[ -t 2 ]] && tty=1
  mkdir -p "$(dirname "$log")"
  ioc_say "building (mvn package; the first build downloads about 200 MB, log in $log)"
  if mvn -B -f "$pom" -DskipTests package 2>&1 | tee "$log" | awk -v tty="$tty" '
      /^Downloaded from/ {
        n++; s = $0; sub(/.*\(/, "", s); split(s, a, " ")
        mb += (a[2] == "MB") ? a[1] : (a[2] == "kB") ? a[1] / 1024 : a[1] / 1048576
        line = sprintf("ioc: downloaded %d files, %.1f MB", n, mb)
        if (tty) { printf "\r%s", line > "/dev/stderr" } else if (n % 50 == 0) { print line > "/dev/stderr" }
      }
      /^\[INFO\] Building / { if (tty && n) printf "\n" > "/dev/stderr"; sub(/^\[INFO\] /, ""); sub(/  +/, " "); print "ioc: " $0 > "/dev/stderr" }
      END { if (n) { if (tty) printf "\n" > "/dev/stderr"; printf "ioc: downloaded %d files, %.1f MB\n", n, mb > "/dev/stderr" } }'
  then
    return 0
  fi
  ioc_say "the build failed; the end of $log:"
  grep -E '^\[ERROR\]' "$log" | head -20 >&2
  return 1
}
