/**
 * Configuration: one precedence for every setting (environment variable, then system property,
 * then servlet context parameter, then the default). Read by every other package; depends on none.
 */
package org.ssehub.config;
