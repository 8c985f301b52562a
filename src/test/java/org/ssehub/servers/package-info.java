/**
 * Tests that prove the hub on each server the build runs it on (embedded Tomcat, TomEE, Payara Micro):
 * the deployment of the very WAR a user would deploy there, and a browser smoke test of the dashboard.
 * Run by failsafe once per server; nothing here is server-specific.
 */
package org.ssehub.servers;
