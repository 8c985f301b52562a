/**
 * Test support for the Redis backplane: JUnit 5 extensions that start a real {@code redis-server}
 * (Debian's, on free loopback ports) or a 3-master Redis Cluster per test class, and tear them down
 * with their temporary directories even when a test fails. Used by the tests of
 * {@code org.ssehub.stream.redis}; needs {@code redis-server} and {@code redis-cli} on the PATH.
 */
package org.ssehub.redis;
