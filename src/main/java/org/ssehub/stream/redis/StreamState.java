package org.ssehub.stream.redis;

/**
 * What Redis holds of one stream. {@code floor}: the newest id after which events may be missing (let
 * go by the bounds, or lost with Redis's data); a reader that resumes below it gets {@code hub-reset}.
 * {@code epoch}: the first id of the current era, which changes whenever Redis lost or may have lost
 * writes of the stream (a node that sees it change catches up or resets its clients).
 */
public record StreamState(long lastId, long floor, long epoch, long retained, long retainedBytes) {
}
