package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.SockaddrBuffer;

/** Writes the whole name into the caller's array, whatever space was offered. */
@Breaks(value = "ACCEPT-VALUE-RESULT", how = "getsockname writes past the space offered")
public final class GetsocknameWritesPastOffered extends ForwardingStack {
    @Override
    public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
        name.checkOffered();
        SockaddrBuffer whole = SockaddrBuffer.ofMaximumSize();
        target.getsockname(fd, whole);
        System.arraycopy(whole.storage(), 0, name.storage(), 0, Math.min(whole.length(), name.storage().length));
        name.setLength(whole.length());
    }
}
