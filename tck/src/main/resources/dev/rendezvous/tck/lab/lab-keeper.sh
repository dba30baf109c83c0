# The network lab's keeper: makes the namespace, sets it up, starts the gateway inside,
# then waits for the end of its standard input, which comes when the lab is closed or when
# its owner dies, however it dies (the owner holds the only writing end of that pipe).
# Then it stops the gateway and, for a named namespace, deletes it.
#
# Arguments: IP NAME SETUP [GATEWAY-COMMAND...]
#   NAME empty: the keeper already runs in a fresh namespace (unshare); it goes when the
#   last process inside exits.
#   NAME given: the keeper runs outside and makes the named namespace with ip netns.
# Prints "keeper ready" last; the gateway prints "gateway ready PID"; then both let go of
# their output, so that the owner reads to the end of it.
ip=$1 name=$2 setup=$3
shift 3
exec 3<&0
gateway=

cleanup() {
    if [ -n "$gateway" ]; then
        kill "$gateway" 2>/dev/null
        wait "$gateway" 2>/dev/null
    fi
    if [ -n "$name" ]; then
        "$ip" netns delete "$name" 2>/dev/null
    fi
}

trap '' INT HUP
trap 'exit 143' TERM
if [ -n "$name" ]; then
    "$ip" netns add "$name" || exit 1
fi
trap cleanup EXIT
if [ -n "$name" ]; then
    "$ip" netns exec "$name" sh -c "$setup" setup "$ip" || exit 1
else
    sh -c "$setup" setup "$ip" || exit 1
fi
if [ $# -gt 0 ]; then
    if [ -n "$name" ]; then
        set -- "$ip" netns exec "$name" "$@"
    fi
    "$@" <&3 &
    gateway=$!
fi
echo "keeper ready"
exec >/dev/null 2>&1
read -r _ || true
