"""What the scorers share: paths, running the programs, P/R/F1."""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("WIRE_SHARED", os.path.join(ROOT, "..", "shared"))
BIN = os.environ.get("BIN", "bin")
if not os.path.isabs(BIN):
    BIN = os.path.join(ROOT, BIN)


def program(name):
    """Path of a wire program, or None when it is not built."""
    path = os.path.join(BIN, name)
    return path if os.access(path, os.X_OK) else None


def run_pipeline(stages, stdin_bytes):
    """Runs 'a | b | c' (lists of argv) on stdin_bytes; returns records."""
    procs, prev = [], None
    for i, argv in enumerate(stages):
        p = subprocess.Popen(argv, stdin=subprocess.PIPE if i == 0 else prev.stdout,
                             stdout=subprocess.PIPE)
        if prev is not None:
            prev.stdout.close()
        procs.append(p)
        prev = p
    out, _ = procs[-1].communicate() if len(procs) == 1 else (None, None)
    if len(procs) > 1:
        procs[0].stdin.write(stdin_bytes)
        procs[0].stdin.close()
        out = procs[-1].stdout.read()
        for p in procs:
            p.wait()
    else:
        procs[0].wait()
    return [json.loads(l) for l in out.decode().splitlines() if l.strip()]


def run_records(stages, records):
    feed = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if len(stages) == 1:
        out = subprocess.run(stages[0], input=feed.encode(), stdout=subprocess.PIPE,
                             check=False).stdout
        return [json.loads(l) for l in out.decode().splitlines() if l.strip()]
    return run_pipeline(stages, feed.encode())


def prf(tp, found, gold):
    p = tp / found if found else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def row(task, what, value):
    print(f"{task}\t{what}\t{value}")


def main(doc, self_test, run):
    """The command line every scorer shares: --self-test or a run."""
    import argparse
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--self-test", action="store_true",
                    help="check the scorer on worked examples")
    if ap.parse_args().self_test:
        self_test()
        print("self-test passed")
    else:
        run()
