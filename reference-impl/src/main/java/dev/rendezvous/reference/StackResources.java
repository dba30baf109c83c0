package dev.rendezvous.reference;

/** What the sockets of one stack share: the idle selectors, the waiter, the name keeper. */
final class StackResources {
    final SelectorPool selectors = new SelectorPool();
    final ChannelWaiter waiter = new ChannelWaiter(selectors);
    final NameKeeper keeper = new NameKeeper();
}
