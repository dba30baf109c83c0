package dev.rendezvous.reference;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;

/**
 * The checks Linux makes on a name given to bind or connect before it looks at the family,
 * in Linux's order: a length below 0 or above {@code sizeof(struct sockaddr_storage)} (128)
 * is EINVAL; then the bytes are copied in, and bytes that are not there (a null address with
 * a length above 0, or a length past the end of the array) are EFAULT.
 */
final class AddressInput {
    /** {@code sizeof(struct sockaddr_storage)}: the longest name the kernel copies in. */
    static final int MAX_LENGTH = 128;

    private AddressInput() {}

    static void check(byte[] address, int length) throws ErrnoException {
        if (length < 0 || length > MAX_LENGTH) {
            throw new ErrnoException(Errno.EINVAL, "address length " + length + " outside 0.." + MAX_LENGTH);
        }
        if (length > 0 && address == null) {
            throw new ErrnoException(Errno.EFAULT, "null address with length " + length);
        }
        if (address != null && length > address.length) {
            throw new ErrnoException(
                    Errno.EFAULT,
                    "address length " + length + " exceeds the " + address.length + " bytes of the array");
        }
    }

    /** The family field of a name that has at least two bytes (host order, little-endian). */
    static int familyOf(byte[] address) {
        return (address[0] & 0xFF) | (address[1] & 0xFF) << 8;
    }
}
