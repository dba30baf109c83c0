package dev.rendezvous.tck.model;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.api.SocketType;
import dev.rendezvous.tck.check.CallFormat;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.property.Choices;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A generated sequence of calls over several sockets of one family, each outcome checked
 * against the model of the contract's state machine.
 *
 * <p>Every step is drawn from the case's choices after the previous call has returned, as one
 * {@linkplain Choices#group group}: a continue-flag, the kind of step (socket first: the
 * simplest), its target and its arguments. Deleting a step's group leaves a valid shorter
 * sequence — targets are drawn by position among the sockets that exist at that point, and a
 * step whose call would not make sense any more is skipped — so failures shrink to the
 * shortest sequence, and a replay makes the same calls in the same order.
 */
public final class CallSequence {
    /** At most this many steps. */
    public static final int MAX_STEPS = 25;
    /** At most this many socket steps (accept adds more descriptors). */
    static final int MAX_SOCKETS = 4;

    private static final int STOP_WEIGHT = 1;
    private static final int CONTINUE_WEIGHT = 15;

    private final Case c;
    private final SocketModel model;
    private final boolean nonblocking;
    private int step;
    private boolean stepStarted;
    private ModelSocket refusedHolder;

    /** A sequence over sockets of {@code family} (an AF_ number), drawing from the case. */
    public CallSequence(Case c, int family) {
        this.c = c;
        this.model = new SocketModel(family);
        this.nonblocking = c.claimed().contains(Feature.NONBLOCKING);
    }

    /**
     * Draws and runs steps until the continue-flag says stop, or {@link #MAX_STEPS}; then closes
     * every descriptor still open (each close must succeed).
     */
    public void run() throws Exception {
        for (int i = 0; i < MAX_STEPS && nextStep(); i++) {
            // each round runs one step
        }
        stepStarted = false;
        for (ModelSocket t : model.openSockets()) {
            call("close at the end on descriptor " + t.fd(), "close(" + t.fd() + ")", Step.successIfOpen(t), () -> {
                stack().close(t.fd());
                return 0;
            });
            t.closed(step);
        }
    }

    private boolean nextStep() throws Exception {
        try {
            return c.choices().group(g -> {
                if (g.weighted(STOP_WEIGHT, CONTINUE_WEIGHT) == 0) {
                    return false;
                }
                Step next = Steps.draw(g, model);
                stepStarted = false;
                try {
                    next.run(g, this);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new Escaped(e);
                }
                return true;
            });
        } catch (Escaped e) {
            throw e.exception;
        }
    }

    /** Carries a checked exception out of a step's group. */
    private static final class Escaped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Exception exception;

        Escaped(Exception exception) {
            super(exception.getMessage(), exception, false, false);
            this.exception = exception;
        }
    }

    SocketModel model() {
        return model;
    }

    SocketStack stack() {
        return c.stack();
    }

    int family() {
        return model.family();
    }

    boolean nonblocking() {
        return nonblocking;
    }

    /** The number of the step whose calls are being made (steps that make no call are not counted). */
    int stepNumber() {
        return step;
    }

    /**
     * Draws what a step acts on: a socket of the sequence (open, or closed and not handed out
     * again), or a number never opened (always last). Open sockets weigh {@code fit}; closed and
     * never-opened numbers weigh 1.
     */
    ModelSocket target(Choices g, ToIntFunction<ModelSocket> fit) {
        List<ModelSocket> targets = model.targets();
        int[] weights = new int[targets.size()];
        for (int i = 0; i < weights.length; i++) {
            ModelSocket t = targets.get(i);
            weights[i] = t.isOpen() ? Math.max(1, fit.applyAsInt(t)) : 1;
        }
        return targets.get(g.weighted(weights));
    }

    /**
     * Makes one call of the current step and checks its outcome against {@code allowed}.
     *
     * @param label what the call is, in words ({@code bind on descriptor 3})
     * @param text the call as C writes it, with the bytes of any name
     * @return the outcome, which {@code allowed} admits
     * @throws Violation naming the step, what the model allows and why, and what happened
     */
    Outcome call(String label, String text, Allowed allowed, Outcome.Call call) {
        if (!stepStarted) {
            stepStarted = true;
            step++;
        }
        Outcome o = Outcome.of(call);
        if (!allowed.admits(o)) {
            throw new Violation("step " + step + ", " + label + ": the model allows " + allowed.describe()
                    + ", because " + allowed.because() + "; " + o.describe() + " — the call: " + text);
        }
        return o;
    }

    /** A descriptor socket or accept returned must be new: distinct from every open one. */
    void requireNew(String label, int fd) {
        if (model.isOpen(fd)) {
            throw new Violation("step " + step + ", " + label + ": returned descriptor " + fd
                    + ", which is open already; a new descriptor must be distinct from every open one");
        }
    }

    /** A name a call gave back must fit what the model knows of it. */
    void requireName(String label, String text, NameRule rule, SockaddrBuffer b) {
        Sockaddr seen = Case.decoded(b, text);
        rule.mismatch(seen).ifPresent(m -> {
            String what = "step " + step + ", " + label + ": " + m + " — the call: " + text;
            rule.portZeroBreaks(seen).ifPresent(clause -> {
                throw new NotVerifiedException(what + ": that breaks " + clause
                        + ", which its own properties judge; the sequence cannot go on");
            });
            throw new Violation(what);
        });
    }

    /** socket(family, SOCK_STREAM), checked: a new descriptor. */
    int socket(String label) {
        int family = family();
        Outcome o = call(
                label,
                "socket(" + AddressFamily.name(family) + ", SOCK_STREAM)",
                Allowed.success("socket makes a new socket"),
                () -> stack().socket(family, SocketType.SOCK_STREAM));
        requireNew(label, o.value());
        return o.value();
    }

    /** getsockname on {@code t}, checked against the model; a learnable name becomes exact. */
    void askName(ModelSocket t, String label) {
        SockaddrBuffer b = SockaddrBuffer.ofMaximumSize();
        String text = "getsockname(" + t.fd() + ", " + CallFormat.offered(b) + ")";
        Outcome o = call(label, text, Step.successIfOpen(t), () -> {
            stack().getsockname(t.fd(), b);
            return 0;
        });
        if (o.succeeded()) {
            requireName(label, text, t.name(), b);
            t.learnName(b.name());
        }
    }

    /** The exact name of {@code t}, asking the implementation if the model knows only its shape; null if unknown. */
    Sockaddr knownName(ModelSocket t, String why) {
        if (!t.name().isExact() && t.isOpen()) {
            askName(t, "getsockname on " + t.describe() + " " + why);
        }
        return t.name().exact().orElse(null);
    }

    /**
     * A name no socket has had: the loopback address with port 0, or a new plain path. It draws
     * nothing, so that a sequence's draws do not depend on the run's directory.
     */
    Sockaddr freshName() {
        return family() == AddressFamily.AF_UNIX ? Sockaddr.unix(c.plainUnixPath()) : c.freshName(family());
    }

    /**
     * A name nothing listens at: held by a socket of the kit's own, bound without listen (made
     * once per sequence, when a step first needs it).
     */
    Sockaddr refusedName() {
        if (refusedHolder == null) {
            String label = "making a name nothing listens at";
            int fd = socket(label);
            ModelSocket h = model.opened(fd, true, "the kit's, holding a name without listen since step " + step);
            Sockaddr fresh = freshName();
            call(
                    label,
                    "bind(" + fd + ", " + CallFormat.address(fresh.bytes(), fresh.length()) + ")",
                    Allowed.success("the name is fresh"),
                    () -> {
                        stack().bind(fd, fresh.bytes(), fresh.length());
                        return 0;
                    });
            h.bound(fresh);
            refusedHolder = h;
        }
        return knownName(refusedHolder, "(the name nothing listens at)");
    }

    /** The kit's socket that holds the name nothing listens at. */
    ModelSocket refusedHolder() {
        return refusedHolder;
    }
}
