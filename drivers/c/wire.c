#include "wire.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void skip_blanks(const char **p) {
    while (**p == ' ' || **p == '\t') {
        (*p)++;
    }
}

/* A JSON string at *p (after its opening quote) into a new buffer; NULL when malformed. */
static char *parse_string(const char **p) {
    size_t capacity = 16, n = 0;
    char *s = malloc(capacity);
    if (s == NULL) {
        return NULL;
    }
    for (;;) {
        char c = *(*p)++;
        if (c == '\0' || (unsigned char) c < 0x20) {
            free(s);
            return NULL;
        }
        if (c == '"') {
            break;
        }
        if (c == '\\') {
            char e = *(*p)++;
            switch (e) {
            case '"': case '\\': case '/': c = e; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u':
                /* not needed by any request: kept as '?' after checking the four digits */
                for (int i = 0; i < 4; i++) {
                    char h = *(*p)++;
                    if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
                        free(s);
                        return NULL;
                    }
                }
                c = '?';
                break;
            default:
                free(s);
                return NULL;
            }
        }
        if (n + 1 >= capacity) {
            capacity *= 2;
            char *bigger = realloc(s, capacity);
            if (bigger == NULL) {
                free(s);
                return NULL;
            }
            s = bigger;
        }
        s[n++] = c;
    }
    s[n] = '\0';
    return s;
}

int wire_parse(const char *line, struct wire_message *out, const char **error) {
    const char *p = line;
    out->count = 0;
    skip_blanks(&p);
    if (*p++ != '{') {
        *error = "not an object";
        return -1;
    }
    skip_blanks(&p);
    if (*p == '}') {
        p++;
        goto end;
    }
    for (;;) {
        skip_blanks(&p);
        if (*p++ != '"') {
            *error = "a key expected";
            goto fail;
        }
        char *key = parse_string(&p);
        if (key == NULL || strlen(key) >= sizeof out->fields[0].key || out->count == WIRE_MAX_FIELDS) {
            free(key);
            *error = key == NULL ? "a malformed key" : "too many fields or too long a key";
            goto fail;
        }
        struct wire_field *f = &out->fields[out->count++];
        memcpy(f->key, key, strlen(key) + 1);
        free(key);
        f->string = NULL;
        f->number = 0;
        skip_blanks(&p);
        if (*p++ != ':') {
            *error = "':' expected";
            goto fail;
        }
        skip_blanks(&p);
        if (*p == '"') {
            p++;
            f->kind = WIRE_STRING;
            f->string = parse_string(&p);
            if (f->string == NULL) {
                *error = "a malformed string";
                goto fail;
            }
        } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
            char *end;
            errno = 0;
            f->kind = WIRE_NUMBER;
            f->number = strtoll(p, &end, 10);
            if (end == p || errno != 0 || *end == '.' || *end == 'e' || *end == 'E') {
                *error = "a malformed whole number";
                goto fail;
            }
            p = end;
        } else if (strncmp(p, "true", 4) == 0) {
            f->kind = WIRE_TRUE;
            p += 4;
        } else if (strncmp(p, "false", 5) == 0) {
            f->kind = WIRE_FALSE;
            p += 5;
        } else if (strncmp(p, "null", 4) == 0) {
            f->kind = WIRE_NULL;
            p += 4;
        } else {
            *error = "a value of a flat message expected";
            goto fail;
        }
        skip_blanks(&p);
        char c = *p++;
        if (c == '}') {
            break;
        }
        if (c != ',') {
            *error = "',' or '}' expected";
            goto fail;
        }
    }
end:
    skip_blanks(&p);
    if (*p != '\0') {
        *error = "text after the object";
        goto fail;
    }
    return 0;
fail:
    wire_free(out);
    return -1;
}

void wire_free(struct wire_message *m) {
    for (int i = 0; i < m->count; i++) {
        free(m->fields[i].string);
        m->fields[i].string = NULL;
    }
    m->count = 0;
}

const struct wire_field *wire_get(const struct wire_message *m, const char *key) {
    for (int i = 0; i < m->count; i++) {
        if (strcmp(m->fields[i].key, key) == 0) {
            return &m->fields[i];
        }
    }
    return NULL;
}

int wire_number(const struct wire_message *m, const char *key, long long *out) {
    const struct wire_field *f = wire_get(m, key);
    if (f == NULL || f->kind != WIRE_NUMBER) {
        return -1;
    }
    *out = f->number;
    return 0;
}

static void put(struct wire_out *o, const char *text, size_t n) {
    if (o->length + n + 2 > o->capacity) {
        size_t capacity = o->capacity == 0 ? 256 : o->capacity;
        while (o->length + n + 2 > capacity) {
            capacity *= 2;
        }
        char *bigger = realloc(o->text, capacity);
        if (bigger == NULL) {
            fputs("rendezvous-driver: out of memory\n", stderr);
            abort();
        }
        o->text = bigger;
        o->capacity = capacity;
    }
    memcpy(o->text + o->length, text, n);
    o->length += n;
}

static void put_text(struct wire_out *o, const char *text) {
    put(o, text, strlen(text));
}

static void put_quoted(struct wire_out *o, const char *s) {
    put(o, "\"", 1);
    for (; *s != '\0'; s++) {
        char c = *s;
        if (c == '"' || c == '\\') {
            put(o, "\\", 1);
            put(o, s, 1);
        } else if ((unsigned char) c < 0x20) {
            char escaped[8];
            snprintf(escaped, sizeof escaped, "\\u%04x", (unsigned) c);
            put_text(o, escaped);
        } else {
            put(o, s, 1);
        }
    }
    put(o, "\"", 1);
}

static void put_key(struct wire_out *o, const char *key) {
    put(o, ",", 1);
    put_quoted(o, key);
    put(o, ":", 1);
}

void wire_begin(struct wire_out *o, long long id) {
    char text[40];
    o->length = 0;
    snprintf(text, sizeof text, "{\"id\":%lld", id);
    put_text(o, text);
}

void wire_put_number(struct wire_out *o, const char *key, long long value) {
    char text[24];
    put_key(o, key);
    snprintf(text, sizeof text, "%lld", value);
    put_text(o, text);
}

void wire_put_bool(struct wire_out *o, const char *key, int value) {
    put_key(o, key);
    put_text(o, value ? "true" : "false");
}

void wire_put_string(struct wire_out *o, const char *key, const char *value) {
    put_key(o, key);
    put_quoted(o, value);
}

void wire_put_hex(struct wire_out *o, const char *key, const unsigned char *bytes, size_t length) {
    static const char digits[] = "0123456789abcdef";
    put_key(o, key);
    put(o, "\"", 1);
    for (size_t i = 0; i < length; i++) {
        char pair[2] = {digits[bytes[i] >> 4], digits[bytes[i] & 0xf]};
        put(o, pair, 2);
    }
    put(o, "\"", 1);
}

void wire_put_strings(struct wire_out *o, const char *key, const char *const *values) {
    put_key(o, key);
    put(o, "[", 1);
    for (size_t i = 0; values[i] != NULL; i++) {
        if (i > 0) {
            put(o, ",", 1);
        }
        put_quoted(o, values[i]);
    }
    put(o, "]", 1);
}

void wire_end(struct wire_out *o) {
    put(o, "}\n", 2);
}

void wire_out_free(struct wire_out *o) {
    free(o->text);
    o->text = NULL;
    o->length = o->capacity = 0;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

long wire_unhex(const char *hex, unsigned char *out, size_t capacity) {
    size_t n = strlen(hex);
    if (n % 2 != 0 || n / 2 > capacity) {
        return -1;
    }
    for (size_t i = 0; i < n / 2; i++) {
        int hi = hex_digit(hex[2 * i]), lo = hex_digit(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            return -1;
        }
        out[i] = (unsigned char) (hi << 4 | lo);
    }
    return (long) (n / 2);
}

#define NAME(e) {e, #e}
static const struct {
    int number;
    const char *name;
} ERRNO_NAMES[] = {
    NAME(EPERM), NAME(ENOENT), NAME(EINTR), NAME(EIO), NAME(EBADF), NAME(EAGAIN), NAME(ENOMEM),
    NAME(EACCES), NAME(EFAULT), NAME(ENOTDIR), NAME(EINVAL), NAME(ENFILE), NAME(EMFILE),
    NAME(ENAMETOOLONG), NAME(ELOOP), NAME(EPROTO), NAME(ENOTSOCK), NAME(EDESTADDRREQ),
    NAME(EPROTOTYPE), NAME(EPROTONOSUPPORT), NAME(ESOCKTNOSUPPORT), NAME(EOPNOTSUPP),
    NAME(EAFNOSUPPORT), NAME(EADDRINUSE), NAME(EADDRNOTAVAIL), NAME(ENETDOWN), NAME(ENETUNREACH),
    NAME(ECONNABORTED), NAME(ECONNRESET), NAME(ENOBUFS), NAME(EISCONN), NAME(ENOTCONN),
    NAME(ETIMEDOUT), NAME(ECONNREFUSED), NAME(EHOSTDOWN), NAME(EHOSTUNREACH), NAME(EALREADY),
    NAME(EINPROGRESS), NAME(EPIPE), NAME(EWOULDBLOCK),
};

const char *wire_errno_name(int number, char *scratch, size_t size) {
    for (size_t i = 0; i < sizeof ERRNO_NAMES / sizeof ERRNO_NAMES[0]; i++) {
        if (ERRNO_NAMES[i].number == number) {
            return ERRNO_NAMES[i].name;
        }
    }
    snprintf(scratch, size, "E?%d", number);
    return scratch;
}
