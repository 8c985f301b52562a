package org.ssehub.stream;

/**
 * Where a subscription to one stream starts: live, after an id (a resume), or with the retained past
 * (all of it, or the newest N: a replay).
 */
public final class StartPoint {

    private enum Kind { LIVE, AFTER, ALL, LAST }

    private static final StartPoint LIVE = new StartPoint(Kind.LIVE, 0);
    private static final StartPoint ALL = new StartPoint(Kind.ALL, 0);

    private final Kind kind;
    private final long value;

    private StartPoint(Kind kind, long value) {
        this.kind = kind;
        this.value = value;
    }

    /** Live events only. */
    public static StartPoint live() {
        return LIVE;
    }

    /** Every retained event after this id, then live. */
    public static StartPoint after(long id) {
        return new StartPoint(Kind.AFTER, id);
    }

    /** Every retained event, then live. */
    public static StartPoint all() {
        return ALL;
    }

    /** The newest {@code count} retained events, then live. */
    public static StartPoint last(int count) {
        return new StartPoint(Kind.LAST, count);
    }

    public boolean isAfter() {
        return kind == Kind.AFTER;
    }

    boolean isAll() {
        return kind == Kind.ALL;
    }

    boolean isLast() {
        return kind == Kind.LAST;
    }

    long value() {
        return value;
    }

    @Override
    public String toString() {
        return kind == Kind.AFTER || kind == Kind.LAST ? kind + "(" + value + ")" : kind.toString();
    }
}
