/**
 * A small Arquillian container: Tomcat 10.1 embedded in the test JVM with its connector bound to
 * 127.0.0.1 (the stock embedded adapter leaves the address unset, which listens on every
 * interface). Test code only; registers itself only where Tomcat's classes are on the class path.
 */
package org.ssehub.it.container;
