/*
 * The wire protocol's messages: one flat JSON object a line (docs/wire-protocol.md). A request
 * is parsed into its fields; an answer is built into a growing buffer.
 */
#ifndef RENDEZVOUS_WIRE_H
#define RENDEZVOUS_WIRE_H

#include <stddef.h>

#define WIRE_MAX_FIELDS 16

enum wire_kind { WIRE_NUMBER, WIRE_STRING, WIRE_TRUE, WIRE_FALSE, WIRE_NULL };

struct wire_field {
    char key[24];
    enum wire_kind kind;
    long long number;
    char *string; /* owned; NUL-terminated */
};

struct wire_message {
    int count;
    struct wire_field fields[WIRE_MAX_FIELDS];
};

/* Parses one line (without its newline). 0 on success; -1 with *error set to what is wrong. */
int wire_parse(const char *line, struct wire_message *out, const char **error);
void wire_free(struct wire_message *m);

/* The field named key, or NULL. */
const struct wire_field *wire_get(const struct wire_message *m, const char *key);
/* The whole number under key into *out: 0; absent or not a number: -1. */
int wire_number(const struct wire_message *m, const char *key, long long *out);

/* An answer being built. */
struct wire_out {
    char *text;
    size_t length;
    size_t capacity;
};

void wire_begin(struct wire_out *o, long long id);
void wire_put_number(struct wire_out *o, const char *key, long long value);
void wire_put_bool(struct wire_out *o, const char *key, int value);
void wire_put_string(struct wire_out *o, const char *key, const char *value);
void wire_put_hex(struct wire_out *o, const char *key, const unsigned char *bytes, size_t length);
void wire_put_strings(struct wire_out *o, const char *key, const char *const *values);
/* Closes the object and adds the newline; the text is o->text, o->length bytes. */
void wire_end(struct wire_out *o);
void wire_out_free(struct wire_out *o);

/* Bytes of a hex string: the count, or -1 if it is not an even number of hex digits. */
long wire_unhex(const char *hex, unsigned char *out, size_t capacity);

/* The symbolic name of an errno value; "E?" followed by the number for one it does not know. */
const char *wire_errno_name(int number, char *scratch, size_t size);

#endif
