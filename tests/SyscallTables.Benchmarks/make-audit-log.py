#!/usr/bin/env python3
"""Writes an audit log of LINES lines made of real kernel records, for interpret-vs-ausearch.sh.

usage: make-audit-log.py CORPUS_DIR LINES OUTPUT [EVENTS_PER_SECOND]   (OUTPUT "-" is stdout)

Takes every event of the corpus that has a SYSCALL record (records grouped by the serial in their
msg=audit(SEC.MS:SERIAL) header, in file order), and writes them again and again, in the same order, until LINES
lines are written. Each copy of an event gets a serial of its own and a time stamp that only moves forward,
EVENTS_PER_SECOND events to a second (default 1000, one a millisecond), so the log reads like one machine's: no two
events share a serial. Lines are otherwise byte for byte what the corpus holds (node= prefixes and ENRICHED parts
included).

Why the rate matters: ausearch holds an event open until a record two whole seconds newer arrives, and looks for
each record's event through every slot it holds. At 1000 events a second about 2000 events are open at any time, so
its cost per line is constant and its time grows linearly (about 12 s for 200,000 lines here). The issue's figures
(47.8 s for 200,000 lines, 110x the time for 10x the lines) are only reproduced when the events stay within that
window, as a busy machine's burst does: at 100,000 events a second the whole 200,000-line log is about a second
long, ausearch holds every event until the end, and its time grows quadratically. interpret-vs-ausearch.sh uses that
burst; our own reader holds at most AuditEventReader.MaxOpenEvents events, so the rate does not change its speed.
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
    if len(sys.argv) not in (4, 5) or not sys.argv[2].isdigit():
        sys.exit("usage: make-audit-log.py CORPUS_DIR LINES OUTPUT [EVENTS_PER_SECOND]   (OUTPUT - is stdout)")
    corpus, lines, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    per_second = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    events = corpus_events(corpus)
    if not events:
        sys.exit(f"no event with a SYSCALL record under {corpus}")
    out = sys.stdout.buffer if output == "-" else open(output, "wb", buffering=1 << 20)
    written, serial = 0, 0
    while written < lines:
        for event in events:
            serial += 1
            milliseconds = START_SECONDS * 1000 + serial * 1000 // per_second
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
