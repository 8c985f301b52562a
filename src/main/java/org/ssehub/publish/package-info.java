/**
 * Publishing: the CDI {@link org.ssehub.publish.EventBus} every publish goes through (HTTP or
 * in-process), the rules a publish must meet, who may publish, and the {@code /api/publish} resource.
 */
package org.ssehub.publish;
