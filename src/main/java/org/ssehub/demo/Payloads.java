package org.ssehub.demo;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The JSON shapes of the seed's events. Public fields, which every JSON-B runtime maps. */
final class Payloads {

    private Payloads() {
    }

    @JsonbPropertyOrder({"symbol", "price"})
    public static final class Stock {
        public final String symbol;
        public final double price;

        Stock(String symbol, double price) {
            this.symbol = symbol;
            this.price = price;
        }
    }

    @JsonbPropertyOrder({"home", "away"})
    public static final class Score {
        public final int home;
        public final int away;

        Score(int home, int away) {
            this.home = home;
            this.away = away;
        }
    }

    @JsonbPropertyOrder({"lat", "lng"})
    public static final class Location {
        public final double lat;
        public final double lng;

        Location(double lat, double lng) {
            this.lat = lat;
            this.lng = lng;
        }
    }

    public static final class Progress {
        public final int percent;

        Progress(int percent) {
            this.percent = percent;
        }
    }

    public static final class Headline {
        public final String title;

        Headline(String title) {
            this.title = title;
        }
    }
}
