package dev.rendezvous.tck.model;

import dev.rendezvous.tck.property.Choices;
import java.util.List;

/** The kinds of step, simplest first: a shrunk sequence prefers socket to bind, bind to listen, and so on. */
final class Steps {
    static final List<Step> ALL = List.of(
            new SocketStep(),
            new BindStep(),
            new ListenStep(),
            new ConnectStep(),
            new AcceptStep(),
            new GetsocknameStep(),
            new GetpeernameStep(),
            new CloseStep());

    private Steps() {}

    /** Draws the kind of the next step, weighted by what the model's state makes interesting. */
    static Step draw(Choices g, SocketModel model) {
        int[] weights = new int[ALL.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = ALL.get(i).weight(model);
        }
        return ALL.get(g.weighted(weights));
    }
}
