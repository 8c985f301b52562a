/**
 * What the integration tests share: the hub WAR as deployed (with per-test settings), a real
 * SSE client over the JDK's HTTP client, and plain HTTP calls. Test code only.
 */
package org.ssehub.it.support;
