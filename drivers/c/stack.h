/*
 * The socket stack under test, as one table of calls. The driver calls the stack only through
 * STACK; every call returns -1 and sets errno on failure, as the POSIX calls do. A vendor of
 * another C stack (lwIP's lwip_socket, lwip_bind, ...) writes its own table in a file like
 * stack_libc.c and links it instead; the rest of the driver stays as it is.
 *
 * Names are passed in the Linux sockaddr layouts the wire carries (sa_family first, two bytes
 * in host order; ports and addresses in network order). A stack with other layouts converts
 * them in its table's functions.
 */
#ifndef RENDEZVOUS_STACK_H
#define RENDEZVOUS_STACK_H

#include <sys/socket.h>
#include <sys/types.h>

struct stack_calls {
    /* The implementation's name and version, as reports show them. */
    const char *name;
    const char *(*version)(void);
    /* What it claims: a NULL-terminated list of the SPI's feature names. */
    const char *const *features;
    int (*socket)(int domain, int type, int protocol);
    int (*bind)(int fd, const struct sockaddr *name, socklen_t length);
    int (*listen)(int fd, int backlog);
    int (*connect)(int fd, const struct sockaddr *name, socklen_t length);
    int (*accept)(int fd, struct sockaddr *name, socklen_t *length);
    int (*getsockname)(int fd, struct sockaddr *name, socklen_t *length);
    int (*getpeername)(int fd, struct sockaddr *name, socklen_t *length);
    ssize_t (*send)(int fd, const void *data, size_t length);
    ssize_t (*recv)(int fd, void *data, size_t length);
    int (*set_blocking)(int fd, int blocking);
    int (*close)(int fd);
};

extern const struct stack_calls STACK;

#endif
