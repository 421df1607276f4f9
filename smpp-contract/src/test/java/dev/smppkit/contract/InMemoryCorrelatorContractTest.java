package dev.smppkit.contract;

import dev.smppkit.client.Correlator;
import dev.smppkit.client.InMemoryCorrelator;

/** The shipped in-memory correlator keeps the contract. */
class InMemoryCorrelatorContractTest extends CorrelatorContract {
    @Override
    protected Correlator newCorrelator() {
        return new InMemoryCorrelator();
    }
}
