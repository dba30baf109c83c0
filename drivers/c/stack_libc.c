/* The table of the platform's C library: each call is the libc function of the same name. */
#include "stack.h"

#include <fcntl.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

static const char *libc_version(void) {
#ifdef __GLIBC__
    static char text[64];
    const char *v = gnu_get_libc_version();
    size_t i = 0;
    const char *prefix = "glibc ";
    for (; prefix[i] != '\0'; i++) {
        text[i] = prefix[i];
    }
    for (size_t j = 0; v[j] != '\0' && i < sizeof text - 1; j++, i++) {
        text[i] = v[j];
    }
    text[i] = '\0';
    return text;
#else
    return "the platform's libc";
#endif
}

/* MSG_NOSIGNAL: a broken stream gives EPIPE, not a SIGPIPE that would end the driver. */
static ssize_t libc_send(int fd, const void *data, size_t length) {
    return send(fd, data, length, MSG_NOSIGNAL);
}

static ssize_t libc_recv(int fd, void *data, size_t length) {
    return recv(fd, data, length, 0);
}

static int libc_set_blocking(int fd, int blocking) {
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags == -1) {
        return -1;
    }
    return fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK);
}

static const char *const libc_features[] = {"INET", "INET6", "UNIX", "NONBLOCKING", "CROSS_PROCESS", NULL};

const struct stack_calls STACK = {
    .name = "libc (C driver)",
    .version = libc_version,
    .features = libc_features,
    .socket = socket,
    .bind = bind,
    .listen = listen,
    .connect = connect,
    .accept = accept,
    .getsockname = getsockname,
    .getpeername = getpeername,
    .send = libc_send,
    .recv = libc_recv,
    .set_blocking = libc_set_blocking,
    .close = close,
};
