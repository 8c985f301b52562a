package org.ssehub.bench.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Tomcat the comparison deploys a WAR on: plain Tomcat 10.1, or TomEE 9 (Tomcat with OpenEJB, CXF and
 * OpenWebBeans). Both get the bench's server.xml; {@code listeners}: the {@code <Listener>} elements it adds;
 * {@code extraConf}: files copied into the base's conf/ under these names (TomEE: the project's tomee.xml);
 * {@code agentFlags}: JVM flags the distribution's catalina.sh would add (TomEE: its javaagent).
 */
record TomcatDistribution(Path home, String listeners, Map<String, Path> extraConf, List<String> agentFlags) {

    static TomcatDistribution tomcat(Path home) {
        return new TomcatDistribution(home, "", Map.of(), List.of());
    }

    /** TomEE with the project's tomee.xml, and OpenEJB's javaagent as TomEE's catalina.sh adds it. */
    static TomcatDistribution tomee(Path home, Path tomeeXml) {
        return new TomcatDistribution(home, "<Listener className=\"org.apache.tomee.catalina.ServerListener\" />",
                Map.of("tomee.xml", tomeeXml),
                List.of("-javaagent:" + home.resolve("lib/openejb-javaagent.jar")));
    }
}
