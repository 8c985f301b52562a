/**
 * The one-command comparison: starts each server under test (the raw-NIO reference in its own JVM, Tomcat
 * 10.1 with the hub WAR, Tomcat 10.1 with the naive WAR), runs the scenarios against it, stops it, and prints
 * the table with the hub's ratios to the reference and its targets.
 */
package org.ssehub.bench.run;
