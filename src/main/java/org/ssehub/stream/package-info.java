/**
 * Streams: named, ordered sequences of events with a bounded history (count, age, bytes, and the
 * node-wide byte budget of {@link org.ssehub.stream.RetainedBytes}), the ids they are given and
 * the bytes they are written as. {@link org.ssehub.stream.Hub} is the one owner of all streams, and
 * keeps them in a {@link org.ssehub.stream.StreamStore}: in memory ({@link org.ssehub.stream.LocalStreams},
 * the default) or on Redis, shared by every node ({@link org.ssehub.stream.ClusterStreams}, built on
 * the primitives of {@code org.ssehub.stream.redis}; what operators watch of it is its
 * {@link org.ssehub.stream.Backplane}). The subscribe and publish packages call the hub,
 * and it calls back only through the {@link org.ssehub.stream.EventSink} contract: each sink belongs
 * to a {@link org.ssehub.stream.FanOut} group, which the stream hands each event once and which calls
 * {@code deliver} on its members. Any kind of connection (a servlet one, a JAX-RS broadcaster) plugs in there.
 */
package org.ssehub.stream;
