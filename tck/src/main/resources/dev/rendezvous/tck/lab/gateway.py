"""The network lab's gateway: answers the SYNs it sees on the lab's link.

Runs inside the lab's network namespace. It reads every frame that arrives on the far
end of the lab's link (a packet socket) and, for each TCP SYN whose destination has a
rule, sends back what a node on the path would send: an ICMP / ICMPv6 "destination
unreachable" with the rule's code, from the gateway's address, or a TCP reset from the
destination itself. Replies are written with raw sockets addressed to the lab's host,
so the kernel delivers them to the connecting socket. SYNs without a rule are dropped.

Usage: gateway.py LINK GATEWAY4 GATEWAY6 [ADDRESS ACTION]...
  ACTION is "unreach:CODE" or "reset". Prints "gateway ready PID" once listening, then lets
  go of its output; exits at the end of standard input (the lab was closed or its owner died).
"""
import ipaddress
import os
import select
import socket
import struct
import sys

ETH_P_ALL = 0x0003
ETH_P_IP = 0x0800
ETH_P_IPV6 = 0x86DD
TCP = 6
ICMP = 1
ICMPV6 = 58
SYN = 0x02
ACK = 0x10
RST = 0x04
QUOTE_LIMIT_V4 = 576 - 28
QUOTE_LIMIT_V6 = 1280 - 48


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ipv4_header(src, dst, proto, payload_length):
    header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + payload_length, 0, 0, 64,
                         proto, 0, src, dst)
    return header[:10] + struct.pack("!H", checksum(header)) + header[12:]


def ipv6_header(src, dst, next_header, payload_length):
    return struct.pack("!IHBB16s16s", 6 << 28, payload_length, next_header, 64, src, dst)


def pseudo_header(src, dst, proto, length):
    if len(src) == 4:
        return struct.pack("!4s4sBBH", src, dst, 0, proto, length)
    return struct.pack("!16s16sIxxxB", src, dst, length, proto)


class Syn:
    """A TCP SYN read off the link: addresses, ports and sequence number."""

    def __init__(self, packet):
        version = packet[0] >> 4
        if version == 4:
            ihl = (packet[0] & 0x0F) * 4
            proto = packet[9]
            self.src, self.dst = packet[12:16], packet[16:20]
            tcp = packet[ihl:]
        elif version == 6:
            proto = packet[6]
            self.src, self.dst = packet[8:24], packet[24:40]
            tcp = packet[40:]
        else:
            raise ValueError("not IP")
        if proto != TCP or len(tcp) < 20 or tcp[13] & (SYN | ACK) != SYN:
            raise ValueError("not a SYN")
        self.packet = packet
        self.sport, self.dport, self.seq = struct.unpack("!HHI", tcp[:8])

    def destination(self):
        return ipaddress.ip_address(self.dst)


def unreachable(syn, code, gateway4, gateway6):
    if len(syn.src) == 4:
        quote = syn.packet[:QUOTE_LIMIT_V4]
        body = struct.pack("!BBHI", 3, code, 0, 0) + quote
        body = body[:2] + struct.pack("!H", checksum(body)) + body[4:]
        return ipv4_header(gateway4, syn.src, ICMP, len(body)) + body
    quote = syn.packet[:QUOTE_LIMIT_V6]
    body = struct.pack("!BBHI", 1, code, 0, 0) + quote
    sum_ = checksum(pseudo_header(gateway6, syn.src, ICMPV6, len(body)) + body)
    body = body[:2] + struct.pack("!H", sum_) + body[4:]
    return ipv6_header(gateway6, syn.src, ICMPV6, len(body)) + body


def reset(syn):
    segment = struct.pack("!HHIIBBHHH", syn.dport, syn.sport, 0, (syn.seq + 1) & 0xFFFFFFFF,
                          5 << 4, RST | ACK, 0, 0, 0)
    sum_ = checksum(pseudo_header(syn.dst, syn.src, TCP, len(segment)) + segment)
    segment = segment[:16] + struct.pack("!H", sum_) + segment[18:]
    if len(syn.src) == 4:
        return ipv4_header(syn.dst, syn.src, TCP, len(segment)) + segment
    return ipv6_header(syn.dst, syn.src, TCP, len(segment)) + segment


def parse_rules(words):
    if len(words) % 2:
        raise SystemExit("gateway: rules come in pairs: ADDRESS ACTION")
    rules = {}
    for address, action in zip(words[0::2], words[1::2]):
        if action != "reset" and not action.startswith("unreach:"):
            raise SystemExit("gateway: unknown action " + action)
        rules[ipaddress.ip_address(address)] = action
    return rules


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    link = sys.argv[1]
    gateway4 = socket.inet_pton(socket.AF_INET, sys.argv[2])
    gateway6 = socket.inet_pton(socket.AF_INET6, sys.argv[3])
    rules = parse_rules(sys.argv[4:])
    capture = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(ETH_P_ALL))
    capture.bind((link, ETH_P_ALL))
    raw4 = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
    raw6 = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_RAW)
    print("gateway ready", os.getpid(), flush=True)
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    stdin = sys.stdin.fileno()
    while True:
        readable, _, _ = select.select([capture, stdin], [], [])
        if stdin in readable and not os.read(stdin, 4096):
            return
        if capture not in readable:
            continue
        packet, (_, protocol, _, _, _) = capture.recvfrom(65535)
        if protocol not in (ETH_P_IP, ETH_P_IPV6):
            continue
        try:
            syn = Syn(packet)
        except (ValueError, IndexError, struct.error):
            continue
        action = rules.get(syn.destination())
        if action is None:
            continue
        reply = reset(syn) if action == "reset" else unreachable(
            syn, int(action.split(":")[1]), gateway4, gateway6)
        try:
            if len(syn.src) == 4:
                raw4.sendto(reply, (socket.inet_ntop(socket.AF_INET, syn.src), 0))
            else:
                raw6.sendto(reply, (socket.inet_ntop(socket.AF_INET6, syn.src), 0))
        except OSError:
            continue


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
