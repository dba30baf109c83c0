/* Tests of the driver's message codec: run by the build under AddressSanitizer. */
#include "wire.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(condition)                                                        \
    do {                                                                        \
        if (!(condition)) {                                                     \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #condition); \
            failures++;                                                         \
        }                                                                       \
    } while (0)

static void parses_a_request(void) {
    struct wire_message m;
    const char *error = NULL;
    CHECK(wire_parse("{\"id\":7,\"thread\":2,\"op\":\"bind\",\"fd\":3,\"addr\":\"0200\",\"len\":-1,"
                     "\"offered\":null,\"blocking\":true,\"s\":\"a\\\"b\\\\c\\n\"}",
                     &m, &error) == 0);
    long long v = 0;
    CHECK(wire_number(&m, "id", &v) == 0 && v == 7);
    CHECK(wire_number(&m, "len", &v) == 0 && v == -1);
    CHECK(wire_number(&m, "op", &v) == -1);
    CHECK(wire_number(&m, "absent", &v) == -1);
    CHECK(strcmp(wire_get(&m, "op")->string, "bind") == 0);
    CHECK(wire_get(&m, "offered")->kind == WIRE_NULL);
    CHECK(wire_get(&m, "blocking")->kind == WIRE_TRUE);
    CHECK(strcmp(wire_get(&m, "s")->string, "a\"b\\c\n") == 0);
    wire_free(&m);
}

static void rejects_what_is_not_a_flat_message(void) {
    const char *lines[] = {"", "[]", "{", "{\"id\":}", "{\"id\":1,}", "{\"id\":1} x", "{\"a\":{}}",
                           "{\"a\":1.5}", "{\"a\":\"unterminated}", "{\"a\":\"\\q\"}", "{\"a\":[1]}",
                           "{\"a\":99999999999999999999}"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        struct wire_message m;
        const char *error = NULL;
        CHECK(wire_parse(lines[i], &m, &error) == -1);
        CHECK(error != NULL);
    }
}

static void builds_an_answer_that_parses_back(void) {
    struct wire_out o = {0};
    const unsigned char name[] = {0x02, 0x00, 0xff, 0x10};
    const char *const features[] = {"INET", "UNIX", NULL};
    wire_begin(&o, 42);
    wire_put_bool(&o, "ok", 1);
    wire_put_number(&o, "len", -16);
    wire_put_hex(&o, "addr", name, sizeof name);
    wire_put_string(&o, "detail", "quote \" and \\ and \x01");
    wire_end(&o);
    CHECK(o.text[o.length - 1] == '\n');
    char line[256];
    memcpy(line, o.text, o.length - 1);
    line[o.length - 1] = '\0';
    struct wire_message m;
    const char *error = NULL;
    CHECK(wire_parse(line, &m, &error) == 0);
    long long v = 0;
    CHECK(wire_number(&m, "id", &v) == 0 && v == 42);
    CHECK(wire_number(&m, "len", &v) == 0 && v == -16);
    CHECK(strcmp(wire_get(&m, "addr")->string, "0200ff10") == 0);
    CHECK(strcmp(wire_get(&m, "detail")->string, "quote \" and \\ and ?") == 0);
    wire_free(&m);
    wire_begin(&o, 1);
    wire_put_strings(&o, "features", features);
    wire_end(&o);
    CHECK(strncmp(o.text, "{\"id\":1,\"features\":[\"INET\",\"UNIX\"]}\n", o.length) == 0);
    wire_out_free(&o);
}

static void hex_round_trips_and_rejects(void) {
    unsigned char out[4];
    CHECK(wire_unhex("0aFf", out, sizeof out) == 2 && out[0] == 0x0a && out[1] == 0xff);
    CHECK(wire_unhex("", out, sizeof out) == 0);
    CHECK(wire_unhex("abc", out, sizeof out) == -1);
    CHECK(wire_unhex("zz", out, sizeof out) == -1);
    CHECK(wire_unhex("0011223344", out, sizeof out) == -1);
}

static void names_errnos(void) {
    char scratch[16];
    CHECK(strcmp(wire_errno_name(EINTR, scratch, sizeof scratch), "EINTR") == 0);
    CHECK(strcmp(wire_errno_name(ECONNREFUSED, scratch, sizeof scratch), "ECONNREFUSED") == 0);
    CHECK(strcmp(wire_errno_name(EAGAIN, scratch, sizeof scratch), "EAGAIN") == 0);
    CHECK(strcmp(wire_errno_name(-5, scratch, sizeof scratch), "E?-5") == 0);
}

int main(void) {
    parses_a_request();
    rejects_what_is_not_a_flat_message();
    builds_an_answer_that_parses_back();
    hex_round_trips_and_rejects();
    names_errnos();
    if (failures != 0) {
        fprintf(stderr, "test-wire: %d check(s) failed\n", failures);
        return 1;
    }
    puts("test-wire: all checks passed");
    return 0;
}
