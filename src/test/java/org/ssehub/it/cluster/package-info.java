/**
 * Issue 9's proofs: real hub nodes on a real {@code redis-server} or a real 3-master Redis Cluster.
 * {@code TwoNodesIT}, {@code ClusterNodesIT} and {@code GeneratorLeaseIT} start embedded Tomcats of their own
 * in this test JVM, each with the WAR under test, so they run in the Tomcat execution only;
 * {@code DeployedNodesIT} deploys two nodes onto the server the suite runs against, so it runs on all three.
 */
package org.ssehub.it.cluster;
