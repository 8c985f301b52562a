package org.ssehub.bench.run;

import org.ssehub.bench.scenario.Deployment;
import org.ssehub.bench.scenario.Target;

/** A server process the comparison started; closing it stops the process. */
interface ServerUnderTest extends AutoCloseable {

    Target target();

    /** Every server process this one is: one node, or (target {@code hub2}) two nodes and their Redis. */
    default Deployment deployment() {
        return Deployment.single(target());
    }

    @Override
    void close() throws InterruptedException;
}
