/*
 * A driver of the wire protocol (docs/wire-protocol.md) for the stack of stack.h: reads one
 * request a line on standard input, answers one line on standard output.
 *
 * Threads: the main thread reads requests. Each id of a kit thread gets a thread of its own
 * here (a worker), which makes that kit thread's calls one after the other; so accept can block
 * in one worker while others connect. An interrupt request is delivered as a real signal
 * (SIGUSR1, installed without SA_RESTART, its handler doing nothing) to the worker of that id,
 * so that its blocking call fails with the platform's own EINTR. A signal that lands just before
 * the worker enters the call would be lost, so a signalling thread sends it again every
 * millisecond until the call has returned (for at most two seconds).
 *
 * Descriptors: the driver acts only on descriptors the stack returned (socket, accept) and not
 * yet closed; any other number is EBADF without a call, as its own standard streams are not
 * the stack's.
 */
#include "stack.h"
#include "wire.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define PROTOCOL 1
#define MAX_DESCRIPTORS 65536
#define INTERRUPT_SIGNAL SIGUSR1
#define RESEND_NANOS 1000000L
#define RESEND_LIMIT_NANOS 2000000000LL

/* A kit thread's worker: one request at a time. */
struct worker {
    long long id;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    struct wire_message *request; /* the next request, NULL when none */
    long long call;               /* the request id in progress, 0 when idle */
    long long interrupted;        /* the request id an interrupt is for, 0 when none */
    long long interrupted_at;     /* when that interrupt came, in monotonic nanoseconds */
    struct worker *next;
};

static struct worker *workers;              /* touched by the main thread and the signaller */
static pthread_mutex_t workers_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t interrupts_pending = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t output_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t held_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned char held[MAX_DESCRIPTORS];

static void on_interrupt(int signal) {
    (void) signal;
}

static long long now_nanos(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* Writes one whole line, whatever signals come in between. */
static void emit(const struct wire_out *o) {
    pthread_mutex_lock(&output_lock);
    size_t done = 0;
    while (done < o->length) {
        ssize_t n = write(STDOUT_FILENO, o->text + done, o->length - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            _exit(3); /* the kit is gone */
        }
        done += (size_t) n;
    }
    pthread_mutex_unlock(&output_lock);
}

static void answer_errno(struct wire_out *o, int error) {
    char scratch[16];
    wire_put_bool(o, "ok", 0);
    wire_put_string(o, "errno", wire_errno_name(error, scratch, sizeof scratch));
}

static void answer_error(long long id, const char *text) {
    struct wire_out o = {0};
    wire_begin(&o, id);
    wire_put_bool(&o, "ok", 0);
    wire_put_string(&o, "error", text);
    wire_end(&o);
    emit(&o);
    wire_out_free(&o);
}

static int is_held(long long fd) {
    pthread_mutex_lock(&held_lock);
    int yes = fd >= 0 && fd < MAX_DESCRIPTORS && held[fd];
    pthread_mutex_unlock(&held_lock);
    return yes;
}

static void set_held(int fd, unsigned char value) {
    if (fd >= 0 && fd < MAX_DESCRIPTORS) {
        pthread_mutex_lock(&held_lock);
        held[fd] = value;
        pthread_mutex_unlock(&held_lock);
    }
}

/* Takes the descriptor out of the held set; 0 when it was not held. */
static int release_held(long long fd) {
    pthread_mutex_lock(&held_lock);
    int was = fd >= 0 && fd < MAX_DESCRIPTORS && held[fd];
    if (was) {
        held[fd] = 0;
    }
    pthread_mutex_unlock(&held_lock);
    return was;
}

/* The name of bind or connect: NULL for "addr":null; -1 when its bytes do not reach len. */
static int input_name(const struct wire_message *r, struct sockaddr_storage *name, int *null_name, long long len) {
    const struct wire_field *addr = wire_get(r, "addr");
    memset(name, 0, sizeof *name);
    *null_name = addr == NULL || addr->kind == WIRE_NULL;
    if (*null_name) {
        return 0;
    }
    if (addr->kind != WIRE_STRING) {
        return -1;
    }
    long n = wire_unhex(addr->string, (unsigned char *) name, sizeof *name);
    if (n < 0 || (len > 0 && len > n)) {
        return -1;
    }
    return 0;
}

typedef int (*name_call)(int, struct sockaddr *, socklen_t *);

/*
 * accept, getsockname, getpeername: the kernel sees the length exactly as offered (a negative
 * one as the huge socklen_t it is); the answer holds the first min(offered, true size) bytes
 * and the true size.
 */
static void value_result(struct wire_out *o, const struct wire_message *r, long long fd, name_call call, int is_accept) {
    const struct wire_field *offered = wire_get(r, "offered");
    unsigned char space[512];
    memset(space, 0, sizeof space);
    int result;
    socklen_t length = 0;
    int null_buffer = offered == NULL || offered->kind == WIRE_NULL;
    if (!null_buffer && offered->kind != WIRE_NUMBER) {
        wire_put_bool(o, "ok", 0);
        wire_put_string(o, "error", "offered is neither a whole number nor null");
        return;
    }
    if (null_buffer) {
        result = call((int) fd, NULL, NULL);
    } else {
        length = (socklen_t) offered->number;
        result = call((int) fd, (struct sockaddr *) space, &length);
    }
    if (result < 0) {
        answer_errno(o, errno);
        return;
    }
    wire_put_bool(o, "ok", 1);
    if (is_accept) {
        set_held(result, 1);
        wire_put_number(o, "fd", result);
    }
    if (!null_buffer) {
        long long offer = offered->number < 0 ? 0 : offered->number;
        size_t written = (size_t) (offer < (long long) length ? offer : (long long) length);
        if (written > sizeof space) {
            written = sizeof space;
        }
        wire_put_hex(o, "addr", space, written);
        wire_put_number(o, "len", (long long) length);
    }
}

static int domain_of(long long linux_domain) {
    switch (linux_domain) {
    case 1: return AF_UNIX;
    case 2: return AF_INET;
    case 10: return AF_INET6;
    default: return (int) linux_domain;
    }
}

/* Carries out one request of the SPI, answering into o. */
static void carry_out(const struct wire_message *r, const char *op, struct wire_out *o) {
    long long fd = -1, a = 0, b = 0;
    int has_fd = wire_number(r, "fd", &fd) == 0;
    if (strcmp(op, "socket") == 0) {
        if (wire_number(r, "domain", &a) != 0 || wire_number(r, "type", &b) != 0) {
            goto malformed;
        }
        int s = STACK.socket(domain_of(a), b == 1 ? SOCK_STREAM : (int) b, 0);
        if (s < 0) {
            answer_errno(o, errno);
            return;
        }
        set_held(s, 1);
        wire_put_bool(o, "ok", 1);
        wire_put_number(o, "fd", s);
        return;
    }
    if (!has_fd) {
        goto malformed;
    }
    if (!is_held(fd)) {
        answer_errno(o, EBADF);
        return;
    }
    int result;
    if (strcmp(op, "bind") == 0 || strcmp(op, "connect") == 0) {
        struct sockaddr_storage name;
        int null_name;
        if (wire_number(r, "len", &a) != 0) {
            goto malformed;
        }
        if (input_name(r, &name, &null_name, a) != 0) {
            answer_errno(o, EFAULT);
            return;
        }
        const struct sockaddr *p = null_name ? NULL : (const struct sockaddr *) &name;
        result = op[0] == 'b' ? STACK.bind((int) fd, p, (socklen_t) a) : STACK.connect((int) fd, p, (socklen_t) a);
    } else if (strcmp(op, "listen") == 0) {
        if (wire_number(r, "backlog", &a) != 0) {
            goto malformed;
        }
        result = STACK.listen((int) fd, (int) a);
    } else if (strcmp(op, "accept") == 0) {
        value_result(o, r, fd, STACK.accept, 1);
        return;
    } else if (strcmp(op, "getsockname") == 0) {
        value_result(o, r, fd, STACK.getsockname, 0);
        return;
    } else if (strcmp(op, "getpeername") == 0) {
        value_result(o, r, fd, STACK.getpeername, 0);
        return;
    } else if (strcmp(op, "send") == 0) {
        const struct wire_field *data = wire_get(r, "data");
        if (data == NULL || data->kind != WIRE_STRING) {
            goto malformed;
        }
        size_t capacity = strlen(data->string) / 2 + 1;
        unsigned char *bytes = malloc(capacity);
        long n = bytes == NULL ? -1 : wire_unhex(data->string, bytes, capacity);
        ssize_t sent = n < 0 ? -1 : STACK.send((int) fd, bytes, (size_t) n);
        int error = errno;
        free(bytes);
        if (n < 0) {
            goto malformed;
        }
        if (sent < 0) {
            answer_errno(o, error);
            return;
        }
        wire_put_bool(o, "ok", 1);
        wire_put_number(o, "n", sent);
        return;
    } else if (strcmp(op, "recv") == 0) {
        if (wire_number(r, "max", &a) != 0 || a < 0 || a > (1 << 24)) {
            goto malformed;
        }
        unsigned char *bytes = malloc((size_t) a + 1);
        ssize_t got = bytes == NULL ? -1 : STACK.recv((int) fd, bytes, (size_t) a);
        if (got < 0) {
            answer_errno(o, bytes == NULL ? ENOMEM : errno);
        } else {
            wire_put_bool(o, "ok", 1);
            wire_put_hex(o, "data", bytes, (size_t) got);
        }
        free(bytes);
        return;
    } else if (strcmp(op, "setblocking") == 0) {
        const struct wire_field *blocking = wire_get(r, "blocking");
        if (blocking == NULL || (blocking->kind != WIRE_TRUE && blocking->kind != WIRE_FALSE)) {
            goto malformed;
        }
        result = STACK.set_blocking((int) fd, blocking->kind == WIRE_TRUE);
    } else if (strcmp(op, "close") == 0) {
        if (!release_held(fd)) {
            answer_errno(o, EBADF);
            return;
        }
        result = STACK.close((int) fd);
    } else {
        wire_put_bool(o, "ok", 0);
        wire_put_string(o, "error", "unknown op");
        return;
    }
    if (result < 0) {
        answer_errno(o, errno);
    } else {
        wire_put_bool(o, "ok", 1);
    }
    return;
malformed:
    wire_put_bool(o, "ok", 0);
    wire_put_string(o, "error", "a field this op needs is missing or malformed");
}

static void *work(void *arg) {
    struct worker *w = arg;
    struct wire_out o = {0};
    for (;;) {
        pthread_mutex_lock(&w->lock);
        while (w->request == NULL) {
            pthread_cond_wait(&w->wake, &w->lock);
        }
        struct wire_message *r = w->request;
        w->request = NULL;
        pthread_mutex_unlock(&w->lock);

        long long id = 0;
        wire_number(r, "id", &id);
        const struct wire_field *op = wire_get(r, "op");
        wire_begin(&o, id);
        carry_out(r, op->string, &o);
        wire_end(&o);

        pthread_mutex_lock(&w->lock);
        w->call = 0;
        w->interrupted = 0;
        pthread_mutex_unlock(&w->lock);
        emit(&o);
        wire_free(r);
        free(r);
    }
    return NULL;
}

static struct worker *worker_of(long long id) {
    pthread_mutex_lock(&workers_lock);
    struct worker *w = workers;
    while (w != NULL && w->id != id) {
        w = w->next;
    }
    pthread_mutex_unlock(&workers_lock);
    return w;
}

static struct worker *new_worker(long long id) {
    struct worker *w = calloc(1, sizeof *w);
    if (w == NULL) {
        return NULL;
    }
    w->id = id;
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->wake, NULL);
    sigset_t all, previous;
    sigfillset(&all);
    sigdelset(&all, INTERRUPT_SIGNAL);
    pthread_sigmask(SIG_BLOCK, &all, &previous);
    int failed = pthread_create(&w->thread, NULL, work, w);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (failed) {
        free(w);
        return NULL;
    }
    pthread_mutex_lock(&workers_lock);
    w->next = workers;
    workers = w;
    pthread_mutex_unlock(&workers_lock);
    return w;
}

/* The signalling thread: sends the signal again until each interrupted call has returned. */
static void *signal_interrupts(void *unused) {
    (void) unused;
    struct timespec pause = {0, RESEND_NANOS};
    pthread_mutex_lock(&workers_lock);
    for (;;) {
        int pending = 0;
        long long now = now_nanos();
        for (struct worker *w = workers; w != NULL; w = w->next) {
            pthread_mutex_lock(&w->lock);
            if (w->interrupted != 0 && w->interrupted == w->call) {
                if (now - w->interrupted_at < RESEND_LIMIT_NANOS) {
                    pthread_kill(w->thread, INTERRUPT_SIGNAL);
                    pending = 1;
                } else {
                    w->interrupted = 0;
                }
            }
            pthread_mutex_unlock(&w->lock);
        }
        if (pending) {
            pthread_mutex_unlock(&workers_lock);
            nanosleep(&pause, NULL);
            pthread_mutex_lock(&workers_lock);
        } else {
            pthread_cond_wait(&interrupts_pending, &workers_lock);
        }
    }
    return NULL;
}

static void interrupt(long long thread) {
    struct worker *w = worker_of(thread);
    if (w == NULL) {
        return;
    }
    pthread_mutex_lock(&w->lock);
    int in_call = w->call != 0;
    if (in_call) {
        w->interrupted = w->call;
        w->interrupted_at = now_nanos();
        pthread_kill(w->thread, INTERRUPT_SIGNAL);
    }
    pthread_mutex_unlock(&w->lock);
    if (in_call) {
        pthread_mutex_lock(&workers_lock);
        pthread_cond_signal(&interrupts_pending);
        pthread_mutex_unlock(&workers_lock);
    }
}

static void hello(const struct wire_message *r, long long id) {
    struct wire_out o = {0};
    (void) r;
    wire_begin(&o, id);
    wire_put_bool(&o, "ok", 1);
    wire_put_number(&o, "protocol", PROTOCOL);
    wire_put_string(&o, "name", STACK.name);
    wire_put_string(&o, "version", STACK.version());
    wire_put_strings(&o, "features", STACK.features);
    wire_end(&o);
    emit(&o);
    wire_out_free(&o);
}

/* Hands one parsed request to its place: answered here, or queued to the worker of its thread. */
static void dispatch(struct wire_message *r) {
    long long id, thread;
    const struct wire_field *op = wire_get(r, "op");
    if (wire_number(r, "id", &id) != 0 || op == NULL || op->kind != WIRE_STRING) {
        fputs("rendezvous-driver: a request without an id or an op; ignored\n", stderr);
        goto done;
    }
    if (strcmp(op->string, "hello") == 0) {
        hello(r, id);
        goto done;
    }
    if (wire_number(r, "thread", &thread) != 0) {
        answer_error(id, "a request without a thread");
        goto done;
    }
    if (strcmp(op->string, "interrupt") == 0) {
        interrupt(thread);
        goto done;
    }
    struct worker *w = worker_of(thread);
    if (w == NULL && (w = new_worker(thread)) == NULL) {
        answer_error(id, "cannot start a thread");
        goto done;
    }
    pthread_mutex_lock(&w->lock);
    if (w->request != NULL || w->call != 0) {
        pthread_mutex_unlock(&w->lock);
        answer_error(id, "a second request of a thread whose call has not returned");
        goto done;
    }
    w->request = r;
    w->call = id;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
    return;
done:
    wire_free(r);
    free(r);
}

int main(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocking call fails with EINTR */
    if (sigaction(INTERRUPT_SIGNAL, &action, NULL) != 0) {
        perror("rendezvous-driver: sigaction");
        return 1;
    }
    signal(SIGPIPE, SIG_IGN);
    pthread_t signaller;
    if (pthread_create(&signaller, NULL, signal_interrupts, NULL) != 0) {
        fputs("rendezvous-driver: cannot start the signalling thread\n", stderr);
        return 1;
    }
    char *line = NULL;
    size_t capacity = 0;
    ssize_t n;
    while ((n = getline(&line, &capacity, stdin)) >= 0 || (n < 0 && errno == EINTR && !feof(stdin))) {
        if (n < 0) {
            clearerr(stdin);
            continue;
        }
        if (n > 0 && line[n - 1] == '\n') {
            line[n - 1] = '\0';
        }
        struct wire_message *r = malloc(sizeof *r);
        const char *error = NULL;
        if (r == NULL) {
            fputs("rendezvous-driver: out of memory\n", stderr);
            return 1;
        }
        if (wire_parse(line, r, &error) != 0) {
            fprintf(stderr, "rendezvous-driver: not a message (%s), ignored: %s\n", error, line);
            free(r);
            continue;
        }
        dispatch(r);
    }
    free(line);
    return 0;
}
