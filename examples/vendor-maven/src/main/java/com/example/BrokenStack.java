package com.example;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/**
 * MyStack with one deliberate mistake: accept reports min(offered, true size) as the length of
 * the client's name (what FreeBSD does), where the contract asks for the true size.
 */
public class BrokenStack extends MyStack {
    @Override
    public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
        int offered = from == null ? 0 : from.length();
        int accepted = super.accept(fd, from);
        if (from != null) {
            from.setLength(Math.min(offered, from.length()));
        }
        return accepted;
    }
}
