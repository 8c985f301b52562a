package org.ssehub.subscribe;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Admission: up to the limit, nobody while draining, places given back. */
class AdmissionTest {

    @Test
    void admitsUpToTheLimitAndAgainAfterARelease() {
        Admission admission = new Admission(2);
        assertEquals(Optional.empty(), admission.admit());
        assertEquals(Optional.empty(), admission.admit());
        assertEquals(Optional.of(Admission.Refusal.FULL), admission.admit());
        assertEquals(2, admission.admitted(), "a refusal takes no place");
        admission.release();
        assertEquals(Optional.empty(), admission.admit());
        assertEquals(2, admission.admitted());
    }

    @Test
    void refusesEveryoneWhileDrainingWithoutTakingAPlace() {
        Admission admission = new Admission(5);
        admission.draining(true);
        assertEquals(Optional.of(Admission.Refusal.DRAINING), admission.admit());
        assertEquals(0, admission.admitted());
        admission.draining(false);
        assertEquals(Optional.empty(), admission.admit());
        assertEquals(1, admission.admitted());
    }
}
