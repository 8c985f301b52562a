package org.ssehub.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    @Test
    void subscribersSplitEvenlyOverTheNodes() {
        assertEquals(List.of(500, 500), Deployment.split(1000, 2));
        assertEquals(List.of(3, 2), Deployment.split(5, 2));
        assertEquals(List.of(7), Deployment.split(7, 1));
    }

    @Test
    void publishesOnTheFirstNodeAndNeedsOne() {
        Target one = new Target("a", new InetSocketAddress("127.0.0.1", 1), 1);
        Target two = new Target("b", new InetSocketAddress("127.0.0.1", 2), 2);

        assertEquals(one, new Deployment(List.of(one, two), List.of(3L)).publishNode());
        assertThrows(IllegalArgumentException.class, () -> new Deployment(List.of(), List.of()));
    }
}
