/**
 * Reading a JFR recording of a server under test: where its CPU samples fall (hot methods and the
 * hot frames that belong to the application, not the JDK or Tomcat).
 */
package org.ssehub.bench.profile;
