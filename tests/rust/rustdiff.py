"""rustdiff.py — what the runtime's differential tests share (runtime_test.py,
obj_test.py, objlib_test.py): finding the rustc versions to test with,
building a driver with the runtime pasted inside prelude.rs's `mod py`, and
checking the driver's answers against CPython's.

A driver reads one case per line on stdin and prints the hex of its answer's
UTF-8 bytes per line; a Python error stops it through py::raise."""
import os, shutil, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get("top_srcdir") or os.path.dirname(os.path.dirname(HERE))


def rustc_list():
    """RUSTC from the environment or PATH, and Debian's /usr/bin/rustc (1.63), once each."""
    rustcs = []
    for r in (os.environ.get("RUSTC") or shutil.which("rustc"), "/usr/bin/rustc"):
        if r and os.path.exists(r) and os.path.realpath(r) not in [os.path.realpath(x) for x in rustcs]:
            rustcs.append(r)
    return rustcs


def runtime_parts():
    """The runtime's files in the order the emitter pastes them into `mod py`:
    PRELUDE_PARTS of backend_rust/local.mk, the one list of them."""
    text = open(os.path.join(SRCDIR, "backend_rust", "local.mk")).read().replace("\\\n", " ")
    for line in text.splitlines():
        if line.startswith("PRELUDE_PARTS ="):
            return [os.path.basename(p) for p in line.split("=", 1)[1].split()]
    raise RuntimeError("backend_rust/local.mk has no PRELUDE_PARTS")


def build(rustc, workdir, tag, driver, parts):
    """tests/rust/DRIVER + prelude.rs with backend_rust/PARTS (those that
    exist) inside its `mod py`, built with -D warnings.  Returns (exe, "")
    or (None, rustc's output)."""
    name = os.path.splitext(driver)[0]
    src = os.path.join(workdir, "%s-%s.rs" % (name, tag))
    prelude = open(os.path.join(SRCDIR, "backend_rust", "prelude.rs")).read().rstrip()
    assert prelude.endswith("}"), "prelude.rs must end with the closing brace of mod py"
    texts = [open(os.path.join(HERE, driver)).read(), prelude[:-1]]
    for part in parts:
        path = os.path.join(SRCDIR, "backend_rust", part)
        if os.path.exists(path):
            texts.append(open(path).read())
    texts.append("}\n")
    with open(src, "w") as f:
        f.write("\n".join(texts))
    exe = os.path.join(workdir, "%s-%s" % (name, tag))
    r = subprocess.run([rustc, "--edition", "2021", "-C", "opt-level=0", "-D", "warnings", "-o", exe, src],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        return None, r.stdout
    return exe, ""


def run_one(exe, line, timeout=None):
    r = subprocess.run([exe], input=(line + "\n").encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout)
    return r.returncode, r.stdout.decode().strip(), r.stderr.decode("utf-8", "replace")


def check(exe, good, bad, pool, timeout=None):
    """good: (line, CPython's answer) cases run through one driver process,
    restarted after an unexpected error; bad: (line, "Type: message") cases
    that must raise, one process each (in the pool), with a traceback whose
    last line is CPython's.  Prints the first 30 failures; returns their count."""
    failed = 0
    def report(msg):
        nonlocal failed
        failed += 1
        if failed <= 30:
            print(msg)
    pos = 0
    while pos < len(good):
        chunk = good[pos:]
        r = subprocess.run([exe], input="".join(l + "\n" for l, _ in chunk).encode(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout and 2 * timeout)
        got = r.stdout.decode().split("\n")[:-1]
        for k, h in enumerate(got):
            line, want = chunk[k]
            have = bytes.fromhex(h).decode("utf-8", "replace")
            if have != want:
                report("FAIL: %s\n  CPython: %r\n  runtime: %r" % (line, want, have))
        pos += len(got)
        if pos < len(good):
            err = r.stderr.decode("utf-8", "replace").strip()
            report("FAIL: %s\n  CPython: %r\n  runtime: exit %d, %r" % (good[pos][0], good[pos][1], r.returncode,
                                                                      err.split("\n")[-1][-300:]))
            pos += 1
    for (line, want), (rc, out, err) in zip(bad, pool.map(lambda c: run_one(exe, c[0], timeout), bad)):
        last = err.strip().split("\n")[-1] if err.strip() else ""
        if not (rc == 1 and out == "" and last == want and err.startswith("Traceback (most recent call last):\n")):
            report("FAIL: %s\n  CPython: <%s>\n  runtime: exit %d, %r %r" % (line, want, rc, out, last[-300:]))
    return failed
