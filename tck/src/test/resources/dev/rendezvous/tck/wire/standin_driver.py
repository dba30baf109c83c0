#!/usr/bin/env python3
"""A stand-in driver for the kit's tests of the wire: it answers hello, then behaves as MODE says.

  exit      exits with status 7 at the first call, after a line on standard error
  garbage   answers the first call with a line that is not JSON
  unknown   answers the first call for an id no request had
  hang      never answers a call
  refuse    answers every call with {"ok": false, "error": ...}
  errno     answers every call with an errno the SPI's table does not hold
  hello     answers hello without a name
  interrupt holds an accept until an interrupt for its thread comes, then answers it EINTR;
            answers socket with fd 3 and everything else ok
  crossed   holds the first call until a second one comes, then answers the second first
"""
import json
import sys

mode = sys.argv[1]
held = None
accepts = {}


def out(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


for line in sys.stdin:
    r = json.loads(line)
    if r["op"] == "hello":
        hello = {"id": r["id"], "ok": True, "protocol": 1, "name": "stand-in", "version": mode,
                 "features": ["INET", "INET6", "UNIX"]}
        if mode == "hello":
            del hello["name"]
        out(hello)
    elif mode == "exit":
        print("stand-in: giving up on " + r["op"], file=sys.stderr, flush=True)
        sys.exit(7)
    elif mode == "garbage":
        sys.stdout.write("this is not json\n")
        sys.stdout.flush()
    elif mode == "unknown":
        out({"id": 999999, "ok": True})
    elif mode == "hang":
        pass
    elif mode == "refuse":
        out({"id": r["id"], "ok": False, "error": "no such op here"})
    elif mode == "errno":
        out({"id": r["id"], "ok": False, "errno": "EWHATEVER"})
    elif mode == "interrupt":
        if r["op"] == "accept":
            accepts[r["thread"]] = r["id"]
        elif r["op"] == "interrupt":
            if r["thread"] in accepts:
                out({"id": accepts.pop(r["thread"]), "ok": False, "errno": "EINTR"})
        elif r["op"] == "socket":
            out({"id": r["id"], "ok": True, "fd": 3})
        else:
            out({"id": r["id"], "ok": True})
    elif mode == "crossed":
        if held is None:
            held = r
        else:
            out({"id": r["id"], "ok": True, "fd": 4})
            out({"id": held["id"], "ok": True, "fd": 3})
            held = None
