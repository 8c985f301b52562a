/**
 * Threads the hub owns: the dispatcher that writes to subscribers and the timer that runs
 * heartbeats, history expiry and the demo generators. Created on first use, shut down and awaited
 * when the application stops, so an undeploy leaves no thread behind.
 */
package org.ssehub.runtime;
