/**
 * The one-command comparison: starts each server under test (the raw-NIO reference in its own JVM, Tomcat
 * 10.1 with the hub WAR, Tomcat 10.1 with the naive WAR, the hub's thin WAR on TomEE 9 or Payara Micro 6, or
 * for scenario E two hub nodes on a fresh redis-server next to the one-node hub), runs the scenarios against
 * it, stops it, and prints the table with the hub's ratios to the reference, the two-node medians, and the
 * targets of both.
 */
package org.ssehub.bench.run;
