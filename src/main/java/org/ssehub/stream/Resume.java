package org.ssehub.stream;

/** Where a subscription to one stream starts. */
public final class Resume {

    private enum Kind { LIVE, AFTER, ALL, LAST }

    private static final Resume LIVE = new Resume(Kind.LIVE, 0);
    private static final Resume ALL = new Resume(Kind.ALL, 0);

    private final Kind kind;
    private final long value;

    private Resume(Kind kind, long value) {
        this.kind = kind;
        this.value = value;
    }

    /** Live events only. */
    public static Resume live() {
        return LIVE;
    }

    /** Every retained event after this id, then live. */
    public static Resume after(long id) {
        return new Resume(Kind.AFTER, id);
    }

    /** Every retained event, then live. */
    public static Resume all() {
        return ALL;
    }

    /** The newest {@code count} retained events, then live. */
    public static Resume last(int count) {
        return new Resume(Kind.LAST, count);
    }

    boolean isAfter() {
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
