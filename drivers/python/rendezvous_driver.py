#!/usr/bin/env python3
"""A driver of the Rendezvous wire protocol (docs/wire-protocol.md) for CPython's socket module.

Reads one JSON request a line on standard input and answers one JSON line on standard output.
Each kit thread gets a Python thread of its own, so that accept can block in one while others
connect; an interrupt is signal.pthread_kill(SIGUSR1) to that thread. Standard library only.
"""

import errno
import json
import platform
import queue
import signal
import socket
import struct
import sys
import threading

PROTOCOL = 1
INTERRUPT = signal.SIGUSR1

# The families as the wire numbers them (Linux).
WIRE_FAMILIES = {1: socket.AF_UNIX, 2: socket.AF_INET, 10: socket.AF_INET6}
WIRE_NUMBERS = {v: k for k, v in WIRE_FAMILIES.items()}

sockets = {}  # descriptor -> socket.socket
sockets_lock = threading.Lock()
output_lock = threading.Lock()


class Refused(Exception):
    """A request the driver cannot carry out (answered with "error", not an errno)."""


def answer(message):
    line = json.dumps(message, separators=(",", ":")) + "\n"
    with output_lock:
        sys.stdout.write(line)
        sys.stdout.flush()


# --- names: the wire's Linux sockaddr bytes <-> the socket module's addresses -----------------


def address_of(data):
    """The socket module's address for the bytes of a Linux sockaddr."""
    if len(data) < 2:
        raise OSError(errno.EINVAL, "the name has no family")
    family = WIRE_FAMILIES.get(struct.unpack_from("=H", data)[0])
    if family == socket.AF_INET:
        port, host = struct.unpack_from("!H4s", data, 2)
        return family, (socket.inet_ntop(socket.AF_INET, host), port)
    if family == socket.AF_INET6:
        port, flowinfo, host, scope_id = struct.unpack_from("!HI16sI", data, 2)
        return family, (socket.inet_ntop(socket.AF_INET6, host), port, flowinfo, scope_id)
    if family == socket.AF_UNIX:
        path = data[2:]
        if not path.startswith(b"\0"):
            path = path.split(b"\0", 1)[0]
        return family, path
    raise OSError(errno.EAFNOSUPPORT, "unknown family")


def bytes_of(family, address):
    """The Linux sockaddr bytes of an address the socket module returned."""
    head = struct.pack("=H", WIRE_NUMBERS[family])
    if family == socket.AF_INET:
        host, port = address
        return head + struct.pack("!H", port) + socket.inet_pton(socket.AF_INET, host) + bytes(8)
    if family == socket.AF_INET6:
        host, port, flowinfo, scope_id = address
        host = host.split("%", 1)[0]
        return head + struct.pack("!HI", port, flowinfo) + socket.inet_pton(socket.AF_INET6, host) + struct.pack(
            "=I", scope_id
        )
    path = address if isinstance(address, bytes) else address.encode(sys.getfilesystemencoding(), "surrogateescape")
    if not path:
        return head
    if path.startswith(b"\0"):
        return head + path
    return head + path + b"\0"


def input_name(request):
    if request["addr"] is None:
        raise OSError(errno.EFAULT, "no name")
    data = bytes.fromhex(request["addr"])[: max(request["len"], 0)]
    try:
        return address_of(data)
    except struct.error as e:
        raise OSError(errno.EINVAL, "the name does not decode: %s" % e)


def returned_name(result, request, family, address):
    """Fills in a value-result name: the bytes that fit in the space offered, and the true size."""
    offered = request.get("offered")
    if offered is None:
        return
    name = bytes_of(family, address)
    result["addr"] = name[:offered].hex()
    result["len"] = len(name)


# --- the calls -------------------------------------------------------------------------------


def held(fd):
    with sockets_lock:
        if fd not in sockets:
            raise OSError(errno.EBADF, "not a socket of this driver")
        return sockets[fd]


def keep(sock):
    with sockets_lock:
        sockets[sock.fileno()] = sock
    return sock.fileno()


def do_socket(r):
    family = WIRE_FAMILIES.get(r["domain"], r["domain"])
    return {"fd": keep(socket.socket(family, r["type"]))}


def do_bind(r):
    sock = held(r["fd"])
    sock.bind(input_name(r)[1])
    return {}


def do_connect(r):
    sock = held(r["fd"])
    sock.connect(input_name(r)[1])
    return {}


def do_listen(r):
    held(r["fd"]).listen(r["backlog"])
    return {}


def check_offered(r):
    offered = r.get("offered")
    if offered is not None and offered < 0:
        raise OSError(errno.EINVAL, "negative length")


def do_accept(r):
    sock = held(r["fd"])
    check_offered(r)
    conn, address = sock.accept()
    result = {"fd": keep(conn)}
    returned_name(result, r, sock.family, address)
    return result


def do_getsockname(r):
    sock = held(r["fd"])
    check_offered(r)
    result = {}
    returned_name(result, r, sock.family, sock.getsockname())
    return result


def do_getpeername(r):
    sock = held(r["fd"])
    check_offered(r)
    result = {}
    returned_name(result, r, sock.family, sock.getpeername())
    return result


def do_send(r):
    return {"n": held(r["fd"]).send(bytes.fromhex(r["data"]))}


def do_recv(r):
    return {"data": held(r["fd"]).recv(r["max"]).hex()}


def do_setblocking(r):
    held(r["fd"]).setblocking(r["blocking"])
    return {}


def do_close(r):
    with sockets_lock:
        sock = sockets.pop(r["fd"], None)
    if sock is None:
        raise OSError(errno.EBADF, "not a socket of this driver")
    sock.close()
    return {}


CALLS = {
    "socket": do_socket,
    "bind": do_bind,
    "connect": do_connect,
    "listen": do_listen,
    "accept": do_accept,
    "getsockname": do_getsockname,
    "getpeername": do_getpeername,
    "send": do_send,
    "recv": do_recv,
    "setblocking": do_setblocking,
    "close": do_close,
}


def carry_out(request):
    call = CALLS.get(request["op"])
    if call is None:
        return {"id": request["id"], "ok": False, "error": "unknown op " + request["op"]}
    try:
        result = call(request)
    except OSError as e:
        if e.errno is None and str(e) == "AF_UNIX path too long":
            # CPython's own check keeps a byte for the NUL: a path that fills sun_path (108 bytes
            # on Linux) never reaches the system; what it means is the system's ENAMETOOLONG.
            return {"id": request["id"], "ok": False, "errno": "ENAMETOOLONG", "detail": str(e)}
        if e.errno is None:
            return {"id": request["id"], "ok": False, "error": "OSError: %s" % e}
        name = errno.errorcode.get(e.errno, "E?%s" % e.errno)
        return {"id": request["id"], "ok": False, "errno": name, "detail": str(e)}
    except Exception as e:  # the socket module refused the arguments (TypeError, OverflowError, ...)
        return {"id": request["id"], "ok": False, "error": "%s: %s" % (type(e).__name__, e)}
    return dict({"id": request["id"], "ok": True}, **result)


# --- threads ---------------------------------------------------------------------------------


class Worker(threading.Thread):
    """The Python thread of one kit thread: its calls, one after the other."""

    def __init__(self, kit_thread):
        super().__init__(name="kit-thread-%d" % kit_thread, daemon=True)
        self.requests = queue.Queue()

    def run(self):
        while True:
            answer(carry_out(self.requests.get()))


workers = {}


def on_signal(signum, frame):
    pass  # the signal is there to interrupt a call; nothing to do


def hello():
    return {
        "ok": True,
        "protocol": PROTOCOL,
        "name": "CPython socket module",
        "version": "Python %s (%s)" % (platform.python_version(), platform.python_implementation()),
        "features": ["INET", "INET6", "UNIX", "NONBLOCKING", "CROSS_PROCESS"],
    }


def main():
    signal.signal(INTERRUPT, on_signal)
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except ValueError as e:
            print("not a message (%s), ignored: %s" % (e, line.rstrip()), file=sys.stderr)
            continue
        if not isinstance(request, dict) or not isinstance(request.get("id"), int) or "op" not in request:
            print("a request without an id or an op, ignored: %s" % line.rstrip(), file=sys.stderr)
            continue
        op = request["op"]
        if op == "hello":
            answer(dict({"id": request["id"]}, **hello()))
        elif op == "interrupt":
            worker = workers.get(request["thread"])
            if worker is not None:
                signal.pthread_kill(worker.ident, INTERRUPT)
        elif "thread" not in request:
            answer({"id": request["id"], "ok": False, "error": "a request without a thread"})
        else:
            worker = workers.get(request["thread"])
            if worker is None:
                worker = workers[request["thread"]] = Worker(request["thread"])
                worker.start()
            worker.requests.put(request)


if __name__ == "__main__":
    main()
