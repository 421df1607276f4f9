package dev.smppkit.contract;

import dev.smppkit.client.Broker;
import dev.smppkit.client.InMemoryBroker;

/** The shipped in-memory broker keeps the contract (and the contract is checked against a known-good broker). */
class InMemoryBrokerContractTest extends BrokerLifecycleContract {
    @Override
    protected Broker newBroker() {
        return new InMemoryBroker(1_000);
    }
}
