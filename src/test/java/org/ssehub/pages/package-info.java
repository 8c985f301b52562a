/**
 * Browser tests of the demo pages in {@code webapp/}: Debian's headless Chromium (Selenium, driver given
 * by path) against the WAR deployed in embedded Tomcat by Arquillian. Screenshots go to target/screenshots.
 */
package org.ssehub.pages;
