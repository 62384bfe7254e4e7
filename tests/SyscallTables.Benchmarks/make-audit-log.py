#!/usr/bin/env python3
"""Writes an audit log of LINES lines made of real kernel records, for interpret-vs-ausearch.sh.

usage: make-audit-log.py CORPUS_DIR LINES OUTPUT   (OUTPUT "-" is stdout)

Takes every event of the corpus that has a SYSCALL record (records grouped by the serial in their
msg=audit(SEC.MS:SERIAL) header, in file order), and writes them again and again, in the same order, until LINES
lines are written. Each copy of an event gets a serial of its own and a time 1 ms after the previous event's, so
the log reads like one long-running machine's: no two events share a serial and time only moves forward. Lines are
otherwise byte for byte what the corpus holds (node= prefixes and ENRICHED parts included).
"""
import os
import re
import sys

HEADER = re.compile(rb"^((?:node=\S+ )?type=\S+ msg=audit\()(\d+)\.(\d+):(\d+)(\):.*)$", re.S)
START_SECONDS = 1_700_000_000


def corpus_events(corpus):
    """(template lines) per event with a SYSCALL record, in a stable order (sorted paths, file order)."""
    events = []
    paths = sorted(
        os.path.join(d, f) for d, _, files in os.walk(corpus) for f in files if f != "SOURCES.md")
    for path in paths:
        with open(path, "rb") as f:
            by_serial = {}
            for line in f:
                m = HEADER.match(line.rstrip(b"\n"))
                if m:
                    by_serial.setdefault(m.group(4), []).append(m)
        for records in by_serial.values():
            if any(b"type=SYSCALL " in m.group(1) for m in records):
                events.append([(m.group(1), m.group(5)) for m in records])
    return events


def main():
    corpus, lines, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    events = corpus_events(corpus)
    if not events:
        sys.exit(f"no event with a SYSCALL record under {corpus}")
    out = sys.stdout.buffer if output == "-" else open(output, "wb", buffering=1 << 20)
    written, serial = 0, 0
    while written < lines:
        for event in events:
            serial += 1
            milliseconds = START_SECONDS * 1000 + serial
            stamp = b"%d.%03d:%d" % (milliseconds // 1000, milliseconds % 1000, serial)
            for prefix, rest in event:
                out.write(prefix + stamp + rest + b"\n")
                written += 1
                if written == lines:
                    break
            if written == lines:
                break
    out.flush()
    if out is not sys.stdout.buffer:
        out.close()


if __name__ == "__main__":
    main()
