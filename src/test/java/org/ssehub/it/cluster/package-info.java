/**
 * Issue 9's proofs: two or three real hub nodes (embedded Tomcats this test JVM starts, each with the WAR
 * under test) on a real {@code redis-server} or a real 3-master Redis Cluster. They run in the Tomcat
 * execution only (the other executions exclude this package): the nodes are Tomcats whatever the suite's server.
 */
package org.ssehub.it.cluster;
