/**
 * Reads what the kernel knows about the server under test: RSS, CPU time and threads of a pid from
 * {@code /proc/PID/...}, and the state of TCP connections from {@code /proc/net/tcp*}. Linux only.
 */
package org.ssehub.bench.proc;
