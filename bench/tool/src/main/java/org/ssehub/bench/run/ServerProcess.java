package org.ssehub.bench.run;

import org.ssehub.bench.scenario.Target;

/** One server JVM the comparison started (Tomcat, TomEE, Payara Micro or the reference); closing stops it. */
record ServerProcess(Process process, Target target) implements ServerUnderTest {

    @Override
    public void close() throws InterruptedException {
        ServerJvm.stop(process);
    }
}
