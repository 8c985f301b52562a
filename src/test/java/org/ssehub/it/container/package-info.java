/**
 * How the suite's containers start: a small Arquillian container for Tomcat 10.1 embedded in the test
 * JVM with its connector bound to 127.0.0.1 (the stock embedded adapter leaves the address unset, which
 * listens on every interface), registering itself only where Tomcat's classes are on the class path;
 * the listener that lets failsafe's rerun of a failed test start TomEE's remote adapter again; and that
 * adapter with a failed lookup of TomEE's deployer tried again. Test code only.
 */
package org.ssehub.it.container;
