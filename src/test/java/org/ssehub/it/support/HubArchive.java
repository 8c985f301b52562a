package org.ssehub.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.util.Map;

/**
 * The WAR under test, as {@code mvn package} built it ({@code hub.war}: the default WAR for Tomcat,
 * the thin one for full EE servers), renamed and given a web.xml with the test's settings as
 * context parameters, the lowest tier of the hub's configuration precedence.
 */
public final class HubArchive {

    private HubArchive() {
    }

    /**
     * The root URL of deployment {@code name} on the server this suite runs against ({@code hub.server}).
     * For deployments a test deploys itself ({@code managed = false}), whose URL Arquillian cannot inject
     * before they exist; each server listens on its own port, set by failsafe.
     */
    public static URI rootUri(String name) {
        String server = System.getProperty("hub.server", "tomcat");
        String port = switch (server) {
            case "tomcat" -> System.getProperty("test.http.port", "18080");
            case "tomee" -> System.getProperty("test.tomee.http.port", "18081");
            case "payara" -> System.getProperty("test.payara.http.port", "18082");
            default -> throw new IllegalStateException("Unknown hub.server " + server);
        };
        return URI.create("http://127.0.0.1:" + port + "/" + name + "/");
    }

    public static WebArchive create(String name, Map<String, String> settings, Class<?>... extraClasses) {
        File war = new File(System.getProperty("hub.war", "target/sse-hub.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the tests with mvn verify");
        }
        WebArchive archive = ShrinkWrap.create(WebArchive.class, name + ".war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
        StringBuilder params = new StringBuilder();
        settings.forEach((key, value) -> params.append("  <context-param><param-name>").append(key)
                .append("</param-name><param-value>").append(value).append("</param-value></context-param>\n"));
        archive.setWebXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="5.0" metadata-complete="false">
                %s</web-app>
                """.formatted(params)));
        for (Class<?> extra : extraClasses) {
            archive.addClass(extra);
        }
        return archive;
    }
}
