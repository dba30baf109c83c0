package dev.rendezvous.tck.model;

import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.property.Choices;

/**
 * One kind of step of a call sequence (socket, bind, listen, connect, accept, getsockname,
 * getpeername, close): draws its arguments from the choices, makes its call, has the sequence
 * check the outcome against what the model allows, and moves the model on.
 */
abstract class Step {

    /**
     * How often a random sequence takes this kind of step now; 0: not now. Replay ignores the
     * weights except that a kind of weight 0 moves on to the next kind.
     */
    abstract int weight(SocketModel model);

    /**
     * Draws the step's arguments and runs it.
     *
     * @return whether it made a call; a step that would break a rule of the kit (block forever,
     *     listen on every interface) is skipped instead
     */
    abstract boolean run(Choices choices, CallSequence sequence) throws Exception;

    /** A weight for drawing a target: high where this step does what the contract intends. */
    static int fitting(boolean fits) {
        return fits ? 10 : 2;
    }

    /** Every call on a closed or never-opened descriptor gives EBADF. */
    static Allowed notOpen(ModelSocket t) {
        return Allowed.failure(t.describe() + " is not an open descriptor", Errno.EBADF);
    }

    /** Success on an open descriptor (getsockname, close), EBADF on any other number. */
    static Allowed successIfOpen(ModelSocket t) {
        return t.isOpen() ? Allowed.success(t.describe() + " is open") : notOpen(t);
    }
}
