# The network lab's network, set up inside its fresh namespace. Argument: the path of ip.
# Only documentation ranges, on one veth pair whose both ends stay in the namespace: no
# link to any other network. The names and addresses here match LabNetwork and LabTarget.
#
#   rdv-host     the lab's host side: 192.0.2.1/24, 2001:db8::1/64; ARP and neighbour
#                discovery off, so frames leave at once and no neighbour ever fails
#   rdv-gateway  the far end, without addresses; the gateway process reads it
#
# Routes: 198.51.100.128/25 and 2001:db8:2::/64 via the gateway (192.0.2.254, 2001:db8::fe);
# reject routes unreachable / prohibit / blackhole for 203.0.113.64/26, .128/26, .192/26
# and 2001:db8:3::/64, :4::/64, :5::/64; everything else has no route.
ip=$1

run() {
    "$@" || { echo "lab setup failed: $*" >&2; exit 1; }
}

put() {
    { echo "$2" > "$1"; } 2>/dev/null || { echo "lab setup failed: cannot write $2 to $1" >&2; exit 1; }
}

run "$ip" link set lo up
# SYN, one retransmission after 1 s, give up 2 s later: ETIMEDOUT after about 3 s.
# (The setting is per namespace and serves IPv6 too.)
put /proc/sys/net/ipv4/tcp_syn_retries 1
run "$ip" link add rdv-host type veth peer name rdv-gateway
run "$ip" link set rdv-host arp off
if [ -e /proc/sys/net/ipv6/conf/rdv-gateway/disable_ipv6 ]; then
    put /proc/sys/net/ipv6/conf/rdv-gateway/disable_ipv6 1
fi
run "$ip" link set rdv-gateway up
run "$ip" link set rdv-host up
run "$ip" address add 192.0.2.1/24 dev rdv-host
run "$ip" route add 198.51.100.128/25 via 192.0.2.254 dev rdv-host
run "$ip" route add unreachable 203.0.113.64/26
run "$ip" route add prohibit 203.0.113.128/26
run "$ip" route add blackhole 203.0.113.192/26

if [ "$(cat /proc/sys/net/ipv6/conf/rdv-host/disable_ipv6 2>/dev/null)" = 0 ]; then
    run "$ip" -6 address add 2001:db8::1/64 dev rdv-host nodad
    run "$ip" -6 route add 2001:db8:2::/64 via 2001:db8::fe dev rdv-host
    run "$ip" -6 route add unreachable 2001:db8:3::/64
    run "$ip" -6 route add prohibit 2001:db8:4::/64
    run "$ip" -6 route add blackhole 2001:db8:5::/64
    echo "ipv6 yes"
else
    echo "ipv6 no"
fi
echo "namespace $(readlink /proc/self/ns/net)"
