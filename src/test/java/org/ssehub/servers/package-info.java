/**
 * Tests that prove the hub the same on each server the build runs it on (embedded Tomcat, TomEE,
 * Payara Micro): the bytes on the wire, compared exactly. Run by failsafe once per server, like the
 * rest of the suite; nothing here is server-specific.
 */
package org.ssehub.servers;
