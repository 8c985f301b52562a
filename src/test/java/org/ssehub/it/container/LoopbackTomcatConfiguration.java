package org.ssehub.it.container;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** Settings from arquillian.xml: the loopback address and port to listen on. */
public class LoopbackTomcatConfiguration implements ContainerConfiguration {

    private String bindAddress = "127.0.0.1";
    private int bindHttpPort = 18080;

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public int getBindHttpPort() {
        return bindHttpPort;
    }

    public void setBindHttpPort(int bindHttpPort) {
        this.bindHttpPort = bindHttpPort;
    }

    @Override
    public void validate() throws ConfigurationException {
        if (!bindAddress.startsWith("127.") && !"::1".equals(bindAddress)) {
            throw new ConfigurationException("test servers bind to loopback only, not " + bindAddress);
        }
    }
}
