"""What the measuring scripts beside this file share: find the kit's jar, run it once into a
fresh folder, and read what results.json says. Standard library only."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(TOP, "reports", "target", "rendezvous.jar")
# Verdicts the reference implementation may get without a false failure.
CLEAN = {"PASSED", "NOT_CLAIMED"}


class ScriptFailure(Exception):
    """The script itself could not do its job (no jar, no java, a run that left no results)."""


def require_jar():
    if not os.path.isfile(JAR):
        raise ScriptFailure(f"no {os.path.relpath(JAR, TOP)}: build first with 'mvn -q -ntp -DskipTests package'")
    java = os.environ.get("JAVA", "java")
    if shutil.which(java) is None:
        raise ScriptFailure(f"no '{java}' on PATH (set JAVA to a JDK 17+ java)")
    return java


class Run:
    """One run of the kit: its exit status, wall time, seed, cases and the clauses not clean."""

    def __init__(self, status, seconds, results):
        self.status = status
        self.seconds = seconds
        self.seed = results.get("seed")
        clauses = results.get("clauses") or []
        self.clauses = len(clauses)
        self.cases = sum(int(c.get("cases") or 0) for c in clauses)
        self.unclean = [(c.get("id"), c.get("verdict"), c.get("reason") or "") for c in clauses
                        if c.get("verdict") not in CLEAN]

    def cases_per_second(self):
        return self.cases / self.seconds if self.seconds > 0 else 0.0


def run_kit(java, *args, timeout=1800):
    """Runs 'java -jar rendezvous.jar run ARGS --out TMP' against the reference implementation
    (the jar's default) and returns the Run; a run that ends badly (exit 2 or 3, a timeout, no
    results.json) is a ScriptFailure carrying its last output."""
    out = tempfile.mkdtemp(prefix="rendezvous-measure-")
    try:
        command = [java, "-jar", JAR, "run", "--out", out, *args]
        start = time.monotonic()
        try:
            p = subprocess.run(command, cwd=TOP, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise ScriptFailure(f"{' '.join(command)} did not finish within {timeout} s")
        seconds = time.monotonic() - start
        results_file = os.path.join(out, "results.json")
        if p.returncode not in (0, 1) or not os.path.isfile(results_file):
            tail = "\n".join(p.stdout.splitlines()[-20:])
            raise ScriptFailure(f"{' '.join(command)} exited {p.returncode}:\n{tail}")
        with open(results_file, encoding="utf-8") as f:
            return Run(p.returncode, seconds, json.load(f))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def count_argument(usage, default):
    """The script's one optional argument, a positive count; a ScriptFailure saying the usage otherwise."""
    args = sys.argv[1:]
    if not args:
        return default
    if len(args) == 1 and args[0].isdigit() and int(args[0]) > 0:
        return int(args[0])
    raise ScriptFailure(f"usage: {usage}  (a positive number, default {default})")


def main(body):
    """Runs body(); exit 2 with one line when the script itself fails, else body's status."""
    try:
        sys.exit(body())
    except ScriptFailure as e:
        print(f"{os.path.basename(sys.argv[0])}: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print(f"{os.path.basename(sys.argv[0])}: interrupted", file=sys.stderr)
        sys.exit(130)
