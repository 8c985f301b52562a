package org.ssehub.it.container;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets failsafe's rerun of a failed test start TomEE again. Failsafe reruns a failed class in a second
 * JUnit launcher execution, which builds a new Arquillian manager; TomEE's remote adapter registers its
 * container only once per JVM (a static flag in {@code RemoteTomEEExtension}), so the second manager had
 * no container and every rerun failed with "DeployableContainer must be specified", hiding the first
 * failure behind it. Clearing the flag when an execution starts lets the new manager register it again.
 * Does nothing where TomEE's adapter is not on the class path (the Tomcat and Payara executions).
 */
public final class TomEeRerunRegistration implements TestExecutionListener {

    private static final String EXTENSION = "org.apache.tomee.arquillian.remote.RemoteTomEEExtension";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Class<?> extension;
        try {
            extension = Class.forName(EXTENSION, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException notTomEe) {
            return;
        }
        try {
            Field registered = extension.getDeclaredField("registered");
            registered.setAccessible(true);
            ((AtomicBoolean) registered.get(null)).set(false);
        } catch (ReflectiveOperationException | ClassCastException changed) {
            throw new IllegalStateException(EXTENSION + " no longer has the static flag this listener clears", changed);
        }
    }
}
