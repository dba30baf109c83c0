package dev.rendezvous.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BacklogTest {
    @Test
    void translatesWhatNioCannotExpress() {
        assertThat(Backlog.SOMAXCONN).isPositive();
        assertThat(Backlog.forNio(5)).isEqualTo(5);
        assertThat(Backlog.forNio(1)).isEqualTo(1);
        assertThat(Backlog.forNio(0)).as("0: the smallest NIO can express").isEqualTo(1);
        assertThat(Backlog.forNio(-1)).as("negative: Linux clamps to somaxconn").isEqualTo(Backlog.SOMAXCONN);
        assertThat(Backlog.forNio(Integer.MIN_VALUE)).isEqualTo(Backlog.SOMAXCONN);
        assertThat(Backlog.forNio(Integer.MAX_VALUE)).isEqualTo(Backlog.SOMAXCONN);
    }
}
