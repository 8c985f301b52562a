package org.ssehub.bench.run;

import org.ssehub.bench.scenario.Target;

/** A server process the comparison started; closing it stops the process. */
interface ServerUnderTest extends AutoCloseable {

    Target target();

    @Override
    void close() throws InterruptedException;
}
