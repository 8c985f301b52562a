/**
 * The hub's threads and schedulers: the timer (heartbeats, history expiry), which is the server's
 * managed scheduler where there is one and a thread of the hub's own otherwise, the demo endpoints' and
 * generators' scheduler, and the factory that names every thread the hub starts (the subscribe
 * package's dispatcher lanes among them, which it starts and stops itself). Started with the
 * application; stopped, cancelled and awaited when it stops, so an undeploy leaves nothing behind.
 */
package org.ssehub.runtime;
