/**
 * Streams: named, ordered sequences of events with a bounded history (count, age, bytes, and the
 * node-wide byte budget of {@link org.ssehub.stream.RetainedBytes}), the ids they are given and
 * the bytes they are written as. {@link org.ssehub.stream.Hub} is the one owner of all streams; the
 * subscribe and publish packages call it, and it calls back only through {@link org.ssehub.stream.EventSink} and the
 * {@link org.ssehub.stream.FanOut} groups sinks belong to.
 */
package org.ssehub.stream;
