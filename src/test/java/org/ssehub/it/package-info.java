/**
 * Integration tests: the WAR deployed to a real container by Arquillian, exercised over real
 * HTTP (JDK client, raw sockets). Each class deploys the hub with the settings it needs.
 */
package org.ssehub.it;
