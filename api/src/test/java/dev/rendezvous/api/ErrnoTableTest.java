package dev.rendezvous.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The errno table: Linux numbers, one errno per number, names and aliases, the describe format. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrnoTableTest {

    @Test
    void every_number_belongs_to_one_errno() {
        assertThat(Arrays.stream(Errno.values()).map(Errno::number).collect(Collectors.toList()))
                .doesNotHaveDuplicates()
                .allMatch(n -> n > 0);
    }

    @Test
    void ewouldblock_is_eagain_under_another_name() {
        assertThat(Errno.EWOULDBLOCK).isSameAs(Errno.EAGAIN);
        assertThat(Errno.EWOULDBLOCK.number()).isEqualTo(11);
        assertThat(Errno.ofName("EWOULDBLOCK")).contains(Errno.EAGAIN);
    }

    @Test
    void the_contracts_spelling_econnrefuse_names_econnrefused() {
        assertThat(Errno.ofName("ECONNREFUSE")).contains(Errno.ECONNREFUSED);
    }

    @ParameterizedTest
    @EnumSource(Errno.class)
    void every_errno_is_found_again_by_its_number_and_by_its_name(Errno errno) {
        assertThat(Errno.ofNumber(errno.number())).contains(errno);
        assertThat(Errno.ofName(errno.name())).contains(errno);
    }

    @ParameterizedTest
    @CsvSource({
        "ETIMEDOUT, 110",
        "ECONNREFUSED, 111",
        "ENETDOWN, 100",
        "EHOSTDOWN, 112",
        "ENETUNREACH, 101",
        "EHOSTUNREACH, 113",
        "EINTR, 4",
        "EAGAIN, 11",
        "EINPROGRESS, 115",
        "EALREADY, 114",
        "EBADF, 9",
        "EINVAL, 22",
        "EFAULT, 14",
        "EISCONN, 106",
        "ENOTCONN, 107",
        "EADDRINUSE, 98",
        "EAFNOSUPPORT, 97"
    })
    void the_errnos_of_the_contract_and_of_misuse_have_their_linux_numbers(String name, int number) {
        assertThat(Errno.ofName(name)).map(Errno::number).contains(number);
    }

    @Test
    void a_number_or_name_the_table_does_not_hold_gives_nothing() {
        assertThat(Errno.ofNumber(0)).isEmpty();
        assertThat(Errno.ofNumber(-1)).isEmpty();
        assertThat(Errno.ofNumber(9999)).isEmpty();
        assertThat(Errno.ofName("econnrefused")).isEmpty();
        assertThat(Errno.ofName("")).isEmpty();
        assertThat(Errno.ofName(null)).isEmpty();
    }

    @Test
    void describe_gives_name_number_and_message() {
        assertThat(Errno.ECONNREFUSED.describe()).isEqualTo("ECONNREFUSED (111): Connection refused");
        assertThat(Errno.EWOULDBLOCK.describe()).isEqualTo("EAGAIN (11): Resource temporarily unavailable");
    }

    @ParameterizedTest
    @EnumSource(Errno.class)
    void every_errno_describes_itself_in_one_format(Errno errno) {
        assertThat(errno.describe())
                .matches("E[A-Z]+ \\(\\d+\\): [A-Z][^\\n]+")
                .isEqualTo(errno.name() + " (" + errno.number() + "): " + errno.message());
    }
}
